using System;

namespace DualWrite.FinanceEmulator.Faults;

/// <summary>Something the emulator does to a request instead of (or before) answering it.</summary>
public sealed class Fault
{
    private Fault(FaultKind kind, TimeSpan delay = default, int retryAfterSeconds = 0, int statusCode = 0)
    {
        Kind = kind;
        Delay = delay;
        RetryAfterSeconds = retryAfterSeconds;
        StatusCode = statusCode;
    }

    public FaultKind Kind { get; }

    public TimeSpan Delay { get; }

    public int RetryAfterSeconds { get; }

    public int StatusCode { get; }

    public static Fault Latency(TimeSpan delay) => new(FaultKind.Latency, delay: delay);

    public static Fault Throttle(int retryAfterSeconds) => new(FaultKind.Throttle, retryAfterSeconds: retryAfterSeconds, statusCode: 429);

    public static Fault ServerError(int statusCode = 500) => statusCode is 500 or 502 or 503 or 504
        ? new(FaultKind.ServerError, statusCode: statusCode)
        : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error fault is 500, 502, 503 or 504.");

    public static Fault DropConnection() => new(FaultKind.DropConnection);

    public static Fault ExpiredToken() => new(FaultKind.ExpiredToken, statusCode: 401);

    public override string ToString() => Kind switch
    {
        FaultKind.Latency => $"latency {Delay.TotalMilliseconds:0} ms",
        FaultKind.Throttle => $"429 Retry-After {RetryAfterSeconds}",
        FaultKind.ServerError => $"HTTP {StatusCode}",
        _ => Kind.ToString(),
    };
}
