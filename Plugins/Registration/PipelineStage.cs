namespace DualWrite.Plugins.Registration;

/// <summary>The registrable event pipeline stages (sdkmessageprocessingstep.stage).</summary>
public enum PipelineStage
{
    /// <summary>Runs before the main operation, outside the database transaction.</summary>
    PreValidation = 10,

    /// <summary>Runs before the main operation, inside the database transaction.</summary>
    PreOperation = 20,

    /// <summary>Runs after the main operation, inside the transaction when synchronous.</summary>
    PostOperation = 40,
}
