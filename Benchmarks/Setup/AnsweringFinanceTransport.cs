using System;
using System.Collections.Generic;
using System.Threading;
using DualWrite.Plugins.Finance;

namespace DualWrite.Benchmarks.Setup;

/// <summary>
/// A benchmark-only Finance transport that answers an authorized PATCH of one entity set in memory (204, as Finance
/// answers an update), so the in-process benchmark measures the plug-in and not the network. Any other request is a
/// mistake in the benchmark's setup and throws rather than being answered.
/// </summary>
public sealed class AnsweringFinanceTransport : IFinanceTransport
{
    // Immutable, so one answer serves every request and the transport adds no allocation of its own.
    private static readonly FinanceHttpResponse s_updated = new(204, new Dictionary<string, string>(), []);

    private readonly string _entitySet;
    private int _answered;

    public AnsweringFinanceTransport(string entitySet)
    {
        _entitySet = entitySet;
    }

    /// <summary>How many PATCHes it answered.</summary>
    public int Answered => Volatile.Read(ref _answered);

    public FinanceHttpResponse Send(FinanceHttpRequest request, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool isPatchOfTheSet = request.Method == "PATCH" && request.Url.AbsolutePath.StartsWith("/data/" + _entitySet + "(", StringComparison.Ordinal);
        bool isAuthorized = request.Headers.TryGetValue("Authorization", out string? authorization) && authorization.StartsWith("Bearer ", StringComparison.Ordinal);
        if (!isPatchOfTheSet || !isAuthorized || request.Body is not { Length: > 0 })
        {
            throw new InvalidOperationException(
                $"The benchmark transport answers only an authorized PATCH of {_entitySet} with a body; it was sent {request.Method} {request.Url.PathAndQuery}{(isAuthorized ? "" : " without a bearer token")}.");
        }

        Interlocked.Increment(ref _answered);
        return s_updated;
    }
}
