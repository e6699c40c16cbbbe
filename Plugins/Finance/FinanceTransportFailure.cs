namespace DualWrite.Plugins.Finance;

/// <summary>Why a request got no HTTP answer.</summary>
public enum FinanceTransportFailure
{
    /// <summary>No complete answer within the call's timeout.</summary>
    Timeout,

    /// <summary>The connection could not be made, or was closed or reset before the answer was complete.</summary>
    ConnectionLost,
}
