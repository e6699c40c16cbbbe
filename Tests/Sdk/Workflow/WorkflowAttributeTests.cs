using System;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk.Workflow;
using Xunit;

namespace DualWrite.Tests.Sdk.Workflow;

/// <summary>The Microsoft.Xrm.Sdk.Workflow attributes as the designer and the registration tool read them off an activity.</summary>
public sealed class WorkflowAttributeTests
{
    [Fact]
    public void InputAndOutputCarryTheirLabels()
    {
        Assert.Equal("Account", Attribute<InputAttribute>(nameof(DecoratedActivity.Account)).Name);
        Assert.Equal("Done", Attribute<OutputAttribute>(nameof(DecoratedActivity.Done)).Name);
    }

    [Fact]
    public void InOutArgumentCarriesBothInputAndOutput()
    {
        Assert.Equal("Counter in", Attribute<InputAttribute>(nameof(DecoratedActivity.Counter)).Name);
        Assert.Equal("Counter out", Attribute<OutputAttribute>(nameof(DecoratedActivity.Counter)).Name);
        Assert.Equal(2, Property(nameof(DecoratedActivity.Counter)).GetCustomAttributes<ParameterAttribute>().Count());
    }

    [Fact]
    public void ReferenceTargetNamesTheTable()
    {
        Assert.Equal("account", Attribute<ReferenceTargetAttribute>(nameof(DecoratedActivity.Account)).EntityName);
    }

    [Fact]
    public void AttributeTargetNamesTableAndColumn()
    {
        AttributeTargetAttribute target = Attribute<AttributeTargetAttribute>(nameof(DecoratedActivity.Industry));

        Assert.Equal("account", target.EntityName);
        Assert.Equal("industrycode", target.AttributeName);
    }

    [Fact]
    public void DefaultKeepsValueAndOptionalTable()
    {
        DefaultAttribute plain = Attribute<DefaultAttribute>(nameof(DecoratedActivity.Industry));
        DefaultAttribute reference = Attribute<DefaultAttribute>(nameof(DecoratedActivity.Owner));

        Assert.Equal("3", plain.Value);
        Assert.Null(plain.EntityName);
        Assert.Equal("8a6fe0b1-6a2f-4b35-9e4a-2d1f0a6b7c11", reference.Value);
        Assert.Equal("systemuser", reference.EntityName);
    }

    [Theory]
    [InlineData(typeof(InputAttribute))]
    [InlineData(typeof(OutputAttribute))]
    [InlineData(typeof(ReferenceTargetAttribute))]
    [InlineData(typeof(AttributeTargetAttribute))]
    [InlineData(typeof(DefaultAttribute))]
    public void AttributesApplyToPropertiesOnceEach(Type attributeType)
    {
        AttributeUsageAttribute usage = attributeType.GetCustomAttribute<AttributeUsageAttribute>(inherit: true)!;

        Assert.Equal(AttributeTargets.Property, usage.ValidOn);
        Assert.False(usage.AllowMultiple);
    }

    [Fact]
    public void InputAndOutputShareTheAbstractParameterBase()
    {
        Assert.True(typeof(ParameterAttribute).IsAbstract);
        Assert.Equal(typeof(ParameterAttribute), typeof(InputAttribute).BaseType);
        Assert.Equal(typeof(ParameterAttribute), typeof(OutputAttribute).BaseType);
    }

    [Theory]
    [InlineData(WorkflowPropertyType.Boolean, 0)]
    [InlineData(WorkflowPropertyType.DateTime, 1)]
    [InlineData(WorkflowPropertyType.Decimal, 2)]
    [InlineData(WorkflowPropertyType.Float, 3)]
    [InlineData(WorkflowPropertyType.Integer, 4)]
    [InlineData(WorkflowPropertyType.EntityReference, 5)]
    [InlineData(WorkflowPropertyType.Money, 6)]
    [InlineData(WorkflowPropertyType.PartyList, 7)]
    [InlineData(WorkflowPropertyType.OptionSetValue, 8)]
    [InlineData(WorkflowPropertyType.Guid, 9)]
    [InlineData(WorkflowPropertyType.String, 10)]
    public void WorkflowPropertyTypeHasThePlatformsValues(WorkflowPropertyType type, int value)
    {
        Assert.Equal(value, (int)type);
    }

    [Fact]
    public void ArgumentDirectionHasThePlatformsValues()
    {
        Assert.Equal(0, (int)ArgumentDirection.Input);
        Assert.Equal(1, (int)ArgumentDirection.Output);
        Assert.Equal(2, Enum.GetValues<ArgumentDirection>().Length);
    }

    private static PropertyInfo Property(string name) => typeof(DecoratedActivity).GetProperty(name)!;

    private static T Attribute<T>(string property)
        where T : Attribute => Property(property).GetCustomAttribute<T>()!;
}
