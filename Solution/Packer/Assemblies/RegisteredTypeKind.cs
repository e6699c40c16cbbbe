namespace DualWrite.SolutionPacker.Assemblies;

/// <summary>What Dataverse registers a type as.</summary>
public enum RegisteredTypeKind
{
    /// <summary>A class implementing Microsoft.Xrm.Sdk.IPlugin.</summary>
    Plugin,

    /// <summary>A class deriving from System.Activities.CodeActivity (a custom workflow activity).</summary>
    WorkflowActivity,
}
