namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an OutArgument or InOutArgument property as an output of the step.</summary>
public sealed class OutputAttribute : ParameterAttribute
{
    public OutputAttribute(string name)
        : base(name)
    {
    }
}
