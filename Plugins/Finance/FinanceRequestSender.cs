using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using DualWrite.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Sends one logical request until Finance gives a final answer: a fresh token and the standard headers on every
/// try, each try bounded by the request timeout and the time left in the operation's budget, retries as the
/// <see cref="RetryPolicy"/> says, and never a wait that would overrun the budget.
/// </summary>
internal sealed class FinanceRequestSender
{
    // The headers of the last token: a token serves many executions, and its header (~2 KB) and the header set need
    // not be built for each request. An immutable pair swapped whole, so concurrent executions read a consistent one;
    // the set is only ever read.
    private static Tuple<string, IReadOnlyDictionary<string, string>>? s_lastHeaders;

    private readonly FinanceClientSettings _settings;
    private readonly ITokenProvider _tokens;
    private readonly IFinanceTransport _transport;
    private readonly ITracingService _tracing;
    private readonly RetryPolicy _policy;
    private readonly OperationBudget _budget;

    public FinanceRequestSender(FinanceClientSettings settings, ITokenProvider tokens, IFinanceTransport transport, ITracingService tracing, RetryPolicy policy, OperationBudget budget)
    {
        _settings = settings;
        _tokens = tokens;
        _transport = transport;
        _tracing = tracing;
        _policy = policy;
        _budget = budget;
    }

    /// <summary>The final answer, successful or not; throws only when no final answer came in time or in the attempts allowed.</summary>
    /// <param name="accept">The Accept header when it is not application/json: a $batch asks for multipart/mixed.</param>
    public FinanceHttpResponse Send(FinanceTarget target, Uri url, byte[]? body = null, string? contentType = null, string? accept = null)
    {
        for (int attempt = 1; ; attempt++)
        {
            TimeSpan remaining = _budget.Remaining;
            if (remaining <= TimeSpan.Zero)
            {
                throw Exhausted(target, "no time is left for another request", null);
            }

            TimeSpan timeout = remaining < _settings.RequestTimeout ? remaining : _settings.RequestTimeout;
            var request = new FinanceHttpRequest(target.Method, url, accept is null ? Headers(target) : WithAccept(Headers(target), accept), body, contentType);
            Stopwatch clock = Stopwatch.StartNew();
            FinanceHttpResponse? response = null;
            string? failure = null;
            TimeSpan? wait;
            try
            {
                response = _transport.Send(request, timeout);
                _tracing.Trace("Finance {0}: HTTP {1} in {2:0} ms (attempt {3})", target, response.StatusCode, clock.Elapsed.TotalMilliseconds, attempt);
                wait = _policy.WaitAfter(response, attempt);
            }
            catch (FinanceTransportException e)
            {
                failure = $"{e.Failure}: {e.Message}";
                _tracing.Trace("Finance {0}: no answer after {1:0} ms (attempt {2}): {3}", target, clock.Elapsed.TotalMilliseconds, attempt, failure);
                wait = _policy.AfterNoAnswer(e.Failure, attempt);
            }

            if (wait is null)
            {
                return response!;
            }

            // Worded only when there is a retry or a failure to report, not for every answer.
            string reason = response is null ? failure! : $"HTTP {response.StatusCode} ({FinanceErrorText.Describe(response)})";

            if (attempt >= _settings.MaxAttempts)
            {
                throw new FinanceException(
                    $"Finance did not complete {target} in {attempt} attempts; the last ended with {reason}.",
                    target.EntitySet, target.Key, response?.StatusCode, isTransient: true);
            }

            if (!_budget.Allows(wait.Value))
            {
                throw Exhausted(target, $"after {reason} the next try would have to wait {wait.Value.TotalSeconds:0.0} s, and only {_budget.Remaining.TotalSeconds:0.0} s remain", response?.StatusCode);
            }

            _tracing.Trace("Finance {0}: trying again in {1:0.000} s after {2}", target, wait.Value.TotalSeconds, reason);
            Pause.For(wait.Value);
        }
    }

    private static IReadOnlyDictionary<string, string> HeadersFor(string token)
    {
        Tuple<string, IReadOnlyDictionary<string, string>>? last = Volatile.Read(ref s_lastHeaders);
        if (last is not null && string.Equals(last.Item1, token, StringComparison.Ordinal))
        {
            return last.Item2;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Authorization"] = "Bearer " + token,
            ["Accept"] = "application/json",
            ["OData-Version"] = "4.0",
            ["OData-MaxVersion"] = "4.0",
        };
        Volatile.Write(ref s_lastHeaders, Tuple.Create(token, (IReadOnlyDictionary<string, string>)headers));
        return headers;
    }

    private static Dictionary<string, string> WithAccept(IReadOnlyDictionary<string, string> headers, string accept)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, string> header in headers)
        {
            copy[header.Key] = header.Value;
        }

        copy["Accept"] = accept;
        return copy;
    }

    private FinanceException Exhausted(FinanceTarget target, string why, int? statusCode) =>
        new($"Finance operation budget exhausted ({_budget.Total.TotalSeconds:0.#} s) on {target}: {why}.", target.EntitySet, target.Key, statusCode, isTransient: true);

    private IReadOnlyDictionary<string, string> Headers(FinanceTarget target)
    {
        string token;
        try
        {
            token = _tokens.AcquireToken(_settings.Scope);
        }
        catch (TokenAcquisitionException e)
        {
            throw new FinanceException($"No token for Finance, so {target} was not sent: {e.Message}", target.EntitySet, target.Key, null, isTransient: false, e);
        }

        return HeadersFor(token);
    }
}
