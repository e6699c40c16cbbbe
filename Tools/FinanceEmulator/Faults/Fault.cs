using System;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Faults;

/// <summary>Something the emulator does to a request instead of (or before) answering it.</summary>
public sealed class Fault
{
    private Fault(FaultKind kind, TimeSpan delay = default, int retryAfterSeconds = 0, int statusCode = 0, JsonObject? row = null)
    {
        Kind = kind;
        Row = row;
        Delay = delay;
        RetryAfterSeconds = retryAfterSeconds;
        StatusCode = statusCode;
    }

    public FaultKind Kind { get; }

    public TimeSpan Delay { get; }

    public int RetryAfterSeconds { get; }

    public int StatusCode { get; }

    /// <summary>The row another client writes, for <see cref="FaultKind.ConcurrentWrite"/>.</summary>
    public JsonObject? Row { get; }

    /// <summary>Whether the request is still answered normally after the fault.</summary>
    public bool IsAnswered => Kind is FaultKind.Latency or FaultKind.ConcurrentWrite;

    public static Fault Latency(TimeSpan delay) => new(FaultKind.Latency, delay: delay);

    public static Fault Throttle(int retryAfterSeconds) => new(FaultKind.Throttle, retryAfterSeconds: retryAfterSeconds, statusCode: 429);

    /// <param name="retryAfterSeconds">
    /// What a 503 says in Retry-After (RFC 9110 lets an unavailable service say when to come back, in seconds as
    /// Finance's 429 does); the other codes carry none.
    /// </param>
    public static Fault ServerError(int statusCode = 500, int retryAfterSeconds = 0) => statusCode is 500 or 502 or 503 or 504
        ? retryAfterSeconds >= 0
            ? new(FaultKind.ServerError, retryAfterSeconds: statusCode == 503 ? retryAfterSeconds : 0, statusCode: statusCode)
            : throw new ArgumentOutOfRangeException(nameof(retryAfterSeconds), retryAfterSeconds, "Retry-After is a number of seconds, 0 or more.")
        : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error fault is 500, 502, 503 or 504.");

    /// <summary>Whether the answer carries Retry-After: a 429 always, a 503 (Service Unavailable) too.</summary>
    public bool SendsRetryAfter => Kind == FaultKind.Throttle || (Kind == FaultKind.ServerError && StatusCode == 503);

    public static Fault DropConnection() => new(FaultKind.DropConnection);

    public static Fault ExpiredToken() => new(FaultKind.ExpiredToken, statusCode: 401);

    /// <summary>A race: another client writes <paramref name="row"/> into the scope's entity set just before the request is answered.</summary>
    public static Fault ConcurrentWrite(JsonObject row) => new(FaultKind.ConcurrentWrite, row: row ?? throw new ArgumentNullException(nameof(row)));

    public override string ToString() => Kind switch
    {
        FaultKind.Latency => $"latency {Delay.TotalMilliseconds:0} ms",
        FaultKind.Throttle => $"429 Retry-After {RetryAfterSeconds}",
        FaultKind.ServerError => $"HTTP {StatusCode}",
        FaultKind.ConcurrentWrite => "concurrent write",
        _ => Kind.ToString(),
    };
}
