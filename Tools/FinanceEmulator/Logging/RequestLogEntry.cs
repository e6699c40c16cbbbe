using System;
using System.Collections.Generic;

namespace DualWrite.FinanceEmulator.Logging;

/// <summary>One request the emulator saw: secrets (tokens, client secrets, assertions) already removed.</summary>
public sealed class RequestLogEntry
{
    public RequestLogEntry(DateTimeOffset startedAt, string method, string url, string scope, IReadOnlyDictionary<string, string> headers, string body, int statusCode, string? fault, TimeSpan duration)
    {
        StartedAt = startedAt;
        Method = method;
        Url = url;
        Scope = scope;
        Headers = headers;
        Body = body;
        StatusCode = statusCode;
        Fault = fault;
        Duration = duration;
    }

    public DateTimeOffset StartedAt { get; }

    public string Method { get; }

    /// <summary>Path and query as sent.</summary>
    public string Url { get; }

    /// <summary>The entity set, "$batch", "$metadata", "$token" or "$discovery".</summary>
    public string Scope { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    /// <summary>The status answered; 0 when the connection was dropped.</summary>
    public int StatusCode { get; }

    /// <summary>The injected fault that shaped the answer, if any.</summary>
    public string? Fault { get; }

    public TimeSpan Duration { get; }

    public bool IsTokenRequest => Scope == Faults.FaultInjector.TokenScope;

    public bool IsDataRequest => Url.StartsWith("/data/", StringComparison.Ordinal) && Scope != Faults.FaultInjector.MetadataScope;

    public override string ToString() => $"{Method} {Url} -> {StatusCode}{(Fault is null ? "" : " (" + Fault + ")")} in {Duration.TotalMilliseconds:0} ms";
}
