using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DualWrite.FinanceEmulator.Hosting;

/// <summary>
/// What every loopback test server shares (the Finance emulator, the Dataverse metadata server): Kestrel on
/// https://127.0.0.1 with a certificate of its own, and a client handler that trusts exactly the certificates given.
/// </summary>
public static class LoopbackHttps
{
    /// <summary>The loopback address of an https://127.0.0.1 URL; anything else is refused, naming the server.</summary>
    public static IPAddress Address(Uri url, string server)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == Uri.UriSchemeHttps && IPAddress.TryParse(url.Host, out IPAddress? address) && IPAddress.IsLoopback(address)
            ? address
            : throw new ArgumentException($"The {server} listens on https://127.0.0.1 only, not '{url}'.", nameof(url));
    }

    /// <summary>Starts Kestrel on the address and port (0: a free one) answering every request with the handler; returns the app and https://127.0.0.1:&lt;port&gt;.</summary>
    public static async Task<(WebApplication App, Uri BaseUrl)> StartAsync(IPAddress address, int port, X509Certificate2 certificate, RequestDelegate handle)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, port, listen => listen.UseHttps(certificate)));
        WebApplication app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri($"https://127.0.0.1:{new Uri(bound).Port}"));
    }

    /// <summary>Stops a server started by <see cref="StartAsync"/> and disposes what it owned (its token signing key, its certificate).</summary>
    public static async ValueTask StopAsync(WebApplication app, params IDisposable[] owned)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (IDisposable disposable in owned)
        {
            disposable.Dispose();
        }
    }

    /// <summary>A handler that trusts these certificates and no other: the test-only way to reach the servers, so no product code relaxes certificate checks.</summary>
    public static HttpMessageHandler TrustingHandler(params X509Certificate2[] certificates)
    {
        byte[][] trusted = certificates.Select(c => c.RawData).ToArray();
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && trusted.Any(t => presented.GetRawCertData().AsSpan().SequenceEqual(t)),
            },
        };
    }
}
