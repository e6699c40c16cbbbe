using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace DualWrite.FitCheck.Reading;

/// <summary>
/// GETs one metadata document with a bearer token, turning what goes wrong into an error that says what to check:
/// a host that cannot be reached, a 401/403 (the app registration to look at), any other refusal with its status.
/// </summary>
public sealed class MetadataClient
{
    private readonly HttpClient _http;

    public MetadataClient(HttpClient http)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
    }

    /// <summary>The body, or null for a 404 when <paramref name="notFoundIsNull"/>.</summary>
    /// <param name="service">"Finance" or "Dataverse", for the messages.</param>
    /// <param name="signedInAs">Who the token speaks for ("app registration 1234 in tenant contoso"), for a 401/403.</param>
    public string? Get(string service, Uri url, string token, string accept, string signedInAs, bool notFoundIsNull = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.Add("OData-Version", "4.0");
        request.Headers.Add("OData-MaxVersion", "4.0");
        HttpResponseMessage response;
        try
        {
            response = _http.Send(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw FitCheckException.Unreachable($"Cannot reach {service} at {url.GetLeftPart(UriPartial.Authority)}: {e.Message} Check the URL, the network and the certificate the host presents.", e);
        }

        using (response)
        {
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                string what = service == "Finance"
                    ? "that it is listed in Finance under System administration > Microsoft Entra applications, mapped to a user who may read data entities"
                    : "that it is an application user of this Dataverse environment with a security role that reads table definitions";
                throw FitCheckException.Unreachable(
                    $"{service} refused GET {url} with {(int)response.StatusCode} {response.StatusCode}{Reason(response)}. Check {signedInAs}: {what}.");
            }

            throw FitCheckException.Unreachable($"{service} answered GET {url} with {(int)response.StatusCode} {response.StatusCode}: {Shorten(body)}");
        }
    }

    private static string Reason(HttpResponseMessage response)
    {
        string? challenge = response.Headers.WwwAuthenticate.ToString();
        return string.IsNullOrEmpty(challenge) ? "" : $" ({challenge})";
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
