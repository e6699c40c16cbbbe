using System;
using System.Activities;

namespace DualWrite.Tests.Sdk.Activities;

/// <summary>A small code activity shaped like the project's: required, defaulted, Out and InOut arguments.</summary>
public sealed class GreetingActivity : CodeActivity
{
    [RequiredArgument]
    public InArgument<string> Name { get; set; } = new();

    // Required, but satisfied by its constant when the caller passes nothing.
    [RequiredArgument]
    public InArgument<string> Greeting { get; set; } = "Hello";

    // Left null, as activities usually are: the host gives it an argument object.
    public InArgument<int> Increment { get; set; } = null!;

    public InOutArgument<int> Counter { get; set; } = new();

    public OutArgument<string> Message { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        string name = Name.Get(context);
        if (name == "throw")
        {
            throw new InvalidOperationException("The activity failed.");
        }

        Message.Set(context, $"{Greeting.Get(context)}, {name}!");
        Counter.Set(context, Counter.Get(context) + Increment.Get(context));
    }
}
