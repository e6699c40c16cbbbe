using System;
using System.Collections.Generic;
using System.IO;
using System.Net;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The transport on .NET Framework 4.6.2, which has no synchronous HttpClient: HttpWebRequest with keep-alive
/// off (Connection: close) and the call's timeout for the connection and for every read and write.
/// Built for .NET (10) too, where it is obsolete, so that the tests exercise the code that ships.
/// </summary>
public sealed class WebRequestFinanceTransport : IFinanceTransport
{
    public FinanceHttpResponse Send(FinanceHttpRequest request, TimeSpan timeout)
    {
        int milliseconds = (int)Math.Max(1, Math.Min(int.MaxValue, timeout.TotalMilliseconds));
#pragma warning disable SYSLIB0014 // HttpWebRequest is the synchronous client .NET Framework has.
        var web = (HttpWebRequest)WebRequest.Create(request.Url);
#pragma warning restore SYSLIB0014
        web.Method = request.Method;
        web.KeepAlive = false;
        web.AllowAutoRedirect = false;
        web.Timeout = milliseconds;
        web.ReadWriteTimeout = milliseconds;
        foreach (KeyValuePair<string, string> header in request.Headers)
        {
            if (string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase))
            {
                web.Accept = header.Value; // a restricted header: only its property may set it
            }
            else
            {
                web.Headers[header.Key] = header.Value;
            }
        }

        try
        {
            if (request.Body is not null)
            {
                web.ContentType = request.ContentType ?? "application/json";
                web.ContentLength = request.Body.Length;
                using Stream outgoing = web.GetRequestStream();
                outgoing.Write(request.Body, 0, request.Body.Length);
            }

            using var response = (HttpWebResponse)web.GetResponse();
            return Read(response);
        }
        catch (WebException e) when (e.Response is HttpWebResponse answer)
        {
            using (answer)
            {
                return Read(answer);
            }
        }
        catch (WebException e) when (e.Status == WebExceptionStatus.Timeout)
        {
            throw new FinanceTransportException(FinanceTransportFailure.Timeout, $"No answer within {timeout.TotalSeconds:0.#} s.", e);
        }
        catch (WebException e)
        {
            throw new FinanceTransportException(FinanceTransportFailure.ConnectionLost, $"The connection failed: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new FinanceTransportException(FinanceTransportFailure.ConnectionLost, $"The connection failed: {e.Message}", e);
        }
    }

    private static FinanceHttpResponse Read(HttpWebResponse response)
    {
        using var body = new MemoryStream();
        using (Stream incoming = response.GetResponseStream())
        {
            incoming.CopyTo(body);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in response.Headers.AllKeys)
        {
            headers[name] = response.Headers[name] ?? "";
        }

        return new FinanceHttpResponse((int)response.StatusCode, headers, body.ToArray());
    }
}
