namespace Microsoft.Xrm.Sdk;

/// <summary>How the platform treats the operation a plug-in ends with an exception.</summary>
public enum OperationStatus
{
    Failed = 0,
    Canceled = 1,
    Retry = 2,
    Suspended = 3,
    Succeeded = 4,
}
