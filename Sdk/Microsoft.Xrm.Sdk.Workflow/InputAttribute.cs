namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Marks an InArgument or InOutArgument property as an input of the step; an InOutArgument carries both [Input] and [Output].</summary>
public sealed class InputAttribute : ParameterAttribute
{
    public InputAttribute(string name)
        : base(name)
    {
    }
}
