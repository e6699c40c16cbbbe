using System.Activities;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Tests.Sdk.Workflow;

/// <summary>A custom workflow activity decorated the way the process designer reads it.</summary>
public sealed class DecoratedActivity : CodeActivity
{
    [RequiredArgument]
    [Input("Account")]
    [ReferenceTarget("account")]
    public InArgument<string> Account { get; set; } = new();

    [Input("Industry")]
    [AttributeTarget("account", "industrycode")]
    [Default("3")]
    public InArgument<int> Industry { get; set; } = new();

    [Input("Owner")]
    [Default("8a6fe0b1-6a2f-4b35-9e4a-2d1f0a6b7c11", "systemuser")]
    public InArgument<string> Owner { get; set; } = new();

    [Input("Counter in")]
    [Output("Counter out")]
    public InOutArgument<int> Counter { get; set; } = new();

    [Output("Done")]
    public OutArgument<bool> Done { get; set; } = new();

    protected override void Execute(CodeActivityContext context) => Done.Set(context, true);
}
