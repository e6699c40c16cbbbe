using System;
using System.Globalization;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Which answers are worth another try and how long to wait first: 429 and 503 wait what Retry-After says (the time
/// the service asks for); without it, 429, 502, 503, 504, a 500 without Finance's own error text and timeouts back off
/// exponentially with jitter. A lost connection is tried again at once on a new connection the first time (the
/// connection failed, the service did not ask for less), then backs off. Anything else (400, 401, 403, 404, a refusal
/// with Finance's Infolog) is final.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly TimeSpan _base;
    private readonly TimeSpan _max;

    // Made on the first back-off: most executions never wait, and a Random is not free to seed.
    private Random? _jitter;

    public RetryPolicy(TimeSpan backoffBase, TimeSpan backoffMax)
    {
        _base = backoffBase;
        _max = backoffMax;
    }

    /// <summary>The wait before trying again after this answer to attempt number <paramref name="attempt"/>, or null for none.</summary>
    public TimeSpan? WaitAfter(FinanceHttpResponse response, int attempt) => response.StatusCode switch
    {
        429 => RetryAfter(response) ?? Backoff(attempt),
        503 => RetryAfter(response) ?? Backoff(attempt),
        502 or 504 => Backoff(attempt),
        500 when !FinanceErrorText.CarriesInfolog(response) => Backoff(attempt),
        _ => null,
    };

    /// <summary>The wait before trying again after no answer came to attempt number <paramref name="attempt"/>.</summary>
    public TimeSpan AfterNoAnswer(FinanceTransportFailure failure, int attempt) => failure switch
    {
        FinanceTransportFailure.ConnectionLost when attempt == 1 => TimeSpan.Zero,
        FinanceTransportFailure.ConnectionLost => Backoff(attempt - 1),
        _ => Backoff(attempt),
    };

    /// <summary>Half the exponential step plus a random part of the other half, so that callers spread out.</summary>
    public TimeSpan Backoff(int attempt)
    {
        double exponential = _base.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        double step = Math.Min(exponential, _max.TotalMilliseconds);
        _jitter ??= new Random();
        return TimeSpan.FromMilliseconds((step / 2) + (_jitter.NextDouble() * step / 2));
    }

    /// <summary>Retry-After as seconds or as an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? RetryAfter(FinanceHttpResponse response)
    {
        string? value = response.Header("Retry-After")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset when)
            ? (when > DateTimeOffset.UtcNow ? when - DateTimeOffset.UtcNow : TimeSpan.Zero)
            : null;
    }
}
