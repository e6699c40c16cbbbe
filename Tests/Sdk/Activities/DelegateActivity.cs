using System;
using System.Activities;

namespace DualWrite.Tests.Sdk.Activities;

/// <summary>A code activity whose Execute is the test's lambda, to probe the context from inside a run.</summary>
public sealed class DelegateActivity : CodeActivity
{
    private readonly Action<DelegateActivity, CodeActivityContext> _execute;

    public DelegateActivity(Action<DelegateActivity, CodeActivityContext> execute)
    {
        _execute = execute;
    }

    public InArgument<int> Value { get; set; } = new();

    public OutArgument<int> Result { get; set; } = new();

    public OutArgument<object> Found { get; set; } = new();

    protected override void Execute(CodeActivityContext context) => _execute(this, context);
}
