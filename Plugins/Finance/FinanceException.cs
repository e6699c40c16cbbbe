using System;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Finance did not do what was asked. The message names the entity set, the key and Finance's own words;
/// <see cref="IsTransient"/> says whether the same request may succeed later (throttling, outage, budget).
/// </summary>
public sealed class FinanceException : Exception
{
    public FinanceException(string message, string entitySet, FinanceKey? key, int? statusCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        EntitySet = entitySet;
        Key = key;
        StatusCode = statusCode;
        IsTransient = isTransient;
    }

    public string EntitySet { get; }

    public FinanceKey? Key { get; }

    /// <summary>Finance's HTTP status, or null when no answer came.</summary>
    public int? StatusCode { get; }

    public bool IsTransient { get; }
}
