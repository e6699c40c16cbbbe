using System;

namespace DualWrite.Plugins.Finance;

/// <summary>A request that got no HTTP answer; the client retries these as transient.</summary>
public sealed class FinanceTransportException : Exception
{
    public FinanceTransportException(FinanceTransportFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public FinanceTransportFailure Failure { get; }
}
