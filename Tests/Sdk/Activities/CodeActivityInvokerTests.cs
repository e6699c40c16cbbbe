using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DualWrite.Testing.Services;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Activities;

/// <summary>Running a code activity through the stand-in's host, as WF's WorkflowInvoker.Invoke(activity, inputs) does.</summary>
public sealed class CodeActivityInvokerTests
{
    [Fact]
    public void InputsReachExecuteAndOutputsComeBackByName()
    {
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Greeting"] = "Hi" });

        Assert.Equal("Hi, Ada!", outputs["Message"]);
    }

    [Fact]
    public void OnlyOutAndInOutArgumentsAreReturned()
    {
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = "Ada" });

        Assert.Equal(["Counter", "Message"], outputs.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InOutArgumentStartsWithTheSuppliedValueAndReturnsTheLastSet()
    {
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Counter"] = 5, ["Increment"] = 3 });

        Assert.Equal(8, outputs["Counter"]);
    }

    [Fact]
    public void UnsuppliedArgumentsStartAtTheirTypesDefault()
    {
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Increment"] = 2 });

        Assert.Equal(2, outputs["Counter"]);
    }

    [Fact]
    public void ConstantArgumentSuppliesTheDefaultWhenTheCallerPassesNothing()
    {
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = "Ada" });

        Assert.Equal("Hello, Ada!", outputs["Message"]);
    }

    [Fact]
    public void NullArgumentPropertiesGetAnArgumentObjectFromTheHost()
    {
        var activity = new GreetingActivity();

        Invoke(activity, new() { ["Name"] = "Ada" });

        Assert.IsType<InArgument<int>>(activity.Increment);
    }

    [Fact]
    public void MissingRequiredArgumentIsAClearError()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(new GreetingActivity(), new() { ["Greeting"] = "Hi" }));

        Assert.Contains("Value for a required activity argument 'Name' was not supplied.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredArgumentMayBeSuppliedAsNull()
    {
        // WF checks that a value was supplied, not what it is.
        IDictionary<string, object?> outputs = Invoke(new GreetingActivity(), new() { ["Name"] = null });

        Assert.Equal("Hello, !", outputs["Message"]);
    }

    [Fact]
    public void UnknownInputNameIsAnErrorNamingIt()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["name"] = "Ada" }));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'Name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutArgumentCannotBeGivenAnInput()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Message"] = "x" }));

        Assert.Contains("'Message'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputOfTheWrongTypeIsAnErrorNamingArgumentAndTypes()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Increment"] = "3" }));

        Assert.Contains("'Increment'", error.Message, StringComparison.Ordinal);
        Assert.Contains("System.String", error.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullForAValueTypeArgumentIsAnError()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(new GreetingActivity(), new() { ["Name"] = "Ada", ["Increment"] = null }));

        Assert.Contains("'Increment'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionFromExecutePropagatesUnwrapped()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Invoke(new GreetingActivity(), new() { ["Name"] = "throw" }));

        Assert.Equal("The activity failed.", error.Message);
    }

    [Fact]
    public void GetExtensionReturnsTheRegisteredExtension()
    {
        var tracing = new CapturingTracingService();
        var activity = new DelegateActivity((a, context) => a.Found.Set(context, context.GetExtension<ITracingService>()!));

        IDictionary<string, object?> outputs = CodeActivityInvoker.Invoke(activity, new Dictionary<string, object?>(), [new object(), tracing]);

        Assert.Same(tracing, outputs["Found"]);
    }

    [Fact]
    public void GetExtensionReturnsNullWhenNoneIsRegistered()
    {
        var activity = new DelegateActivity((a, context) => a.Found.Set(context, context.GetExtension<ITracingService>() ?? (object)"none"));

        IDictionary<string, object?> outputs = CodeActivityInvoker.Invoke(activity, new Dictionary<string, object?>(), [new object()]);

        Assert.Equal("none", outputs["Found"]);
    }

    [Fact]
    public void ContextOffersTheRunsIds()
    {
        var ids = new List<Guid>();
        var activity = new DelegateActivity((a, context) =>
        {
            Assert.Equal("1", context.ActivityInstanceId);
            ids.Add(context.WorkflowInstanceId);
        });

        Invoke(activity, new());
        Invoke(activity, new());

        Assert.Equal(2, ids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, ids);
    }

    [Fact]
    public void ContextValueAccessorsReadAndWriteTheRunsValues()
    {
        var activity = new DelegateActivity((a, context) =>
        {
            context.SetValue(a.Result, context.GetValue(a.Value) + 1);
            context.SetValue((Argument)a.Found, context.GetValue((Argument)a.Value));
            Assert.Equal(8, a.Result.Get<int>(context));
        });

        IDictionary<string, object?> outputs = Invoke(activity, new() { ["Value"] = 7 });

        Assert.Equal(8, outputs["Result"]);
        Assert.Equal(7, outputs["Found"]);
    }

    [Fact]
    public void SettingAValueOfTheWrongTypeThroughTheUntypedApiFails()
    {
        var activity = new DelegateActivity((a, context) => ((Argument)a.Result).Set(context, "eight"));

        Assert.Throws<InvalidOperationException>(() => Invoke(activity, new()));
    }

    [Fact]
    public void AnArgumentTheActivityDoesNotDeclareCannotBeUsed()
    {
        var foreign = new InArgument<int>(1);
        var activity = new DelegateActivity((a, context) => foreign.Get(context));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Invoke(activity, new()));
        Assert.Contains("declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextCannotBeUsedAfterTheRun()
    {
        CodeActivityContext? kept = null;
        var activity = new DelegateActivity((a, context) => kept = context);

        Invoke(activity, new());

        Assert.Throws<ObjectDisposedException>(() => kept!.WorkflowInstanceId);
        Assert.Throws<ObjectDisposedException>(() => activity.Value.Get(kept!));
    }

    [Fact]
    public void RunsDoNotLeakValuesIntoTheSharedActivity()
    {
        var activity = new GreetingActivity();
        Invoke(activity, new() { ["Name"] = "Ada", ["Counter"] = 40, ["Increment"] = 2 });

        IDictionary<string, object?> second = Invoke(activity, new() { ["Name"] = "Bob" });

        Assert.Equal("Hello, Bob!", second["Message"]);
        Assert.Equal(0, second["Counter"]);
    }

    [Fact]
    public async Task ParallelRunsOfOneSharedActivityAreIsolated()
    {
        const int Runs = 8;
        using var barrier = new Barrier(Runs);
        var activity = new DelegateActivity((a, context) =>
        {
            int value = a.Value.Get(context);
            a.Result.Set(context, value);
            // Every run has written before any reads back: values kept in the shared argument objects would collide here.
            Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "the runs did not overlap");
            a.Found.Set(context, a.Result.Get(context) * 10 + a.Value.Get(context));
        });

        Task<IDictionary<string, object?>>[] runs = Enumerable.Range(1, Runs)
            .Select(i => Task.Factory.StartNew(() => Invoke(activity, new() { ["Value"] = i }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        IDictionary<string, object?>[] results = await Task.WhenAll(runs).WaitAsync(TimeSpan.FromSeconds(60));

        for (int i = 1; i <= Runs; i++)
        {
            Assert.Equal(i, results[i - 1]["Result"]);
            Assert.Equal(i * 11, results[i - 1]["Found"]);
        }
    }

    [Fact]
    public void NullExtensionIsRejected()
    {
        Assert.Throws<ArgumentException>(() => CodeActivityInvoker.Invoke(new GreetingActivity(), new Dictionary<string, object?> { ["Name"] = "Ada" }, [null!]));
    }

    [Fact]
    public void ActivityGetsItsRootIdWhenFirstRun()
    {
        var activity = new GreetingActivity();
        Assert.Null(activity.Id);

        Invoke(activity, new() { ["Name"] = "Ada" });

        Assert.Equal("1", activity.Id);
        Assert.Equal("1: GreetingActivity", activity.ToString());
    }

    private static IDictionary<string, object?> Invoke(CodeActivity activity, Dictionary<string, object?> inputs) =>
        CodeActivityInvoker.Invoke(activity, inputs, []);
}
