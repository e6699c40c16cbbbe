namespace DualWrite.Plugins.Registration;

/// <summary>How a step runs (sdkmessageprocessingstep.mode).</summary>
public enum StepMode
{
    /// <summary>Inside the caller's request; a failure fails the save.</summary>
    Synchronous = 0,

    /// <summary>After the transaction commits, as a system job.</summary>
    Asynchronous = 1,
}
