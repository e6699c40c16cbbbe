using System;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Sends one request to Finance and waits for the whole answer, within the timeout given for that call. Any HTTP
/// status is an answer; no answer at all (timeout, connection refused or reset) is a <see cref="FinanceTransportException"/>.
/// Every request is sent with Connection: close, as the sandbox guidance asks.
/// </summary>
public interface IFinanceTransport
{
    FinanceHttpResponse Send(FinanceHttpRequest request, TimeSpan timeout);
}
