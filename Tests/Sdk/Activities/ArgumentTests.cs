using System;
using System.Activities;
using System.Reflection;
using Xunit;

namespace DualWrite.Tests.Sdk.Activities;

/// <summary>The argument objects themselves: direction, type, constants, and the WF attributes.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void TypedArgumentsReportDirectionAndType()
    {
        Assert.Equal((ArgumentDirection.In, typeof(string)), Shape(new InArgument<string>()));
        Assert.Equal((ArgumentDirection.Out, typeof(int)), Shape(new OutArgument<int>()));
        Assert.Equal((ArgumentDirection.InOut, typeof(decimal)), Shape(new InOutArgument<decimal>()));
    }

    [Theory]
    [InlineData(ArgumentDirection.In, typeof(InArgument<Guid>))]
    [InlineData(ArgumentDirection.Out, typeof(OutArgument<Guid>))]
    [InlineData(ArgumentDirection.InOut, typeof(InOutArgument<Guid>))]
    public void CreateBuildsTheTypedArgumentForADirection(ArgumentDirection direction, Type expected)
    {
        Assert.IsType(expected, Argument.Create(typeof(Guid), direction));
    }

    [Fact]
    public void ImplicitConversionAndFromValueMakeConstantArguments()
    {
        var activity = new GreetingActivity { Greeting = "Good morning" };
        var fromValue = new GreetingActivity { Greeting = InArgument<string>.FromValue("Good evening") };

        Assert.Equal("Good morning, Ada!", CodeActivityInvoker.Invoke(activity, new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = "Ada" }, [])["Message"]);
        Assert.Equal("Good evening, Ada!", CodeActivityInvoker.Invoke(fromValue, new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = "Ada" }, [])["Message"]);
    }

    [Fact]
    public void EvaluationOrderAcceptsUnspecifiedOrNonNegativeOnly()
    {
        var argument = new InArgument<int>();
        Assert.Equal(Argument.UnspecifiedEvaluationOrder, argument.EvaluationOrder);

        argument.EvaluationOrder = 2;

        Assert.Equal(2, argument.EvaluationOrder);
        Assert.Throws<ArgumentOutOfRangeException>(() => argument.EvaluationOrder = -2);
    }

    [Fact]
    public void RequiredArgumentAttributeAppliesToPropertiesOnce()
    {
        AttributeUsageAttribute usage = typeof(RequiredArgumentAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Property, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }

    [Fact]
    public void OverloadGroupAttributeMayRepeatOnAProperty()
    {
        AttributeUsageAttribute usage = typeof(OverloadGroupAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.Equal(AttributeTargets.Property, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
        Assert.Equal("ById", new OverloadGroupAttribute("ById").GroupName);
        var attribute = new OverloadGroupAttribute("A");
        Assert.Same(attribute, attribute.TypeId);
    }

    [Fact]
    public void CodeActivityHasNoImplementation()
    {
        var activity = new GreetingActivity();

        Assert.Equal("GreetingActivity", activity.DisplayName);
        Assert.False(activity.ShouldSerializeDisplayName());
        activity.DisplayName = "Greet";
        Assert.True(activity.ShouldSerializeDisplayName());
    }

    private static (ArgumentDirection, Type) Shape(Argument argument) => (argument.Direction, argument.ArgumentType);
}
