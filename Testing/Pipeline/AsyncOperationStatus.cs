namespace DualWrite.Testing.Pipeline;

/// <summary>The asyncoperation state and status values the in-memory organization writes.</summary>
public static class AsyncOperationStatus
{
    public const int StateReady = 0;
    public const int StateLocked = 2;
    public const int StateCompleted = 3;

    public const int WaitingForResources = 0;
    public const int InProgress = 20;
    public const int Succeeded = 30;
    public const int Failed = 31;

    /// <summary>asyncoperation.operationtype of a plug-in step's job: System Event.</summary>
    public const int SystemEvent = 1;
}
