using System;
using System.Activities;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DualWrite.Tests.Solution;
using DualWrite.Tests.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>The inbound activities as the workflow designer and the Plugin Registration Tool show them.</summary>
public sealed class ShippedActivityTests
{
    private const string Group = "DualWrite for Project Operations";

    public static TheoryData<Type> Activities()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in ShippedEntryPoints.Activities)
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void TheFourInboundActivitiesShip()
    {
        Assert.Equal(
            [nameof(ApplyFinanceConfirmationActivity), nameof(ImportFinanceDocumentActivity), nameof(QueueInitialSyncActivity), nameof(ReplayFailedSyncsActivity)],
            ShippedEntryPoints.Activities.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void HasAFriendlyNameADescriptionAndTheGroup(Type activity)
    {
        Assert.False(string.IsNullOrWhiteSpace(activity.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(activity.GetCustomAttribute<DescriptionAttribute>()?.Description));
        Assert.Equal(Group, activity.GetCustomAttribute<CategoryAttribute>()?.Category);
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void EveryArgumentHasALabelAndTheTargetItsTypeNeeds(Type activity)
    {
        PropertyInfo[] arguments = activity.GetProperties().Where(p => typeof(Argument).IsAssignableFrom(p.PropertyType)).ToArray();

        Assert.NotEmpty(arguments);
        Assert.Contains(arguments, p => p.GetCustomAttribute<OutputAttribute>()?.Name == "Message");
        foreach (PropertyInfo argument in arguments)
        {
            ParameterAttribute? label = typeof(InArgument).IsAssignableFrom(argument.PropertyType)
                ? argument.GetCustomAttribute<InputAttribute>()
                : argument.GetCustomAttribute<OutputAttribute>();
            Assert.False(string.IsNullOrWhiteSpace(label?.Name), $"{activity.Name}.{argument.Name} has no Input/Output label.");
            Type valueType = argument.PropertyType.GetGenericArguments()[0];
            if (valueType == typeof(EntityReference))
            {
                Assert.NotNull(argument.GetCustomAttribute<ReferenceTargetAttribute>());
            }

            if (valueType == typeof(OptionSetValue))
            {
                Assert.NotNull(argument.GetCustomAttribute<AttributeTargetAttribute>());
            }
        }
    }

    [Fact]
    public void TheBuiltSolutionRegistersEachActivityByItsFriendlyNameInTheGroup()
    {
        var registered = BuiltSolution.Open().PluginTypes.ToDictionary(t => ((string)t.Attribute("AssemblyQualifiedName")!).Split(',')[0]);

        foreach (Type activity in ShippedEntryPoints.Activities)
        {
            XElement type = registered[activity.FullName!];
            Assert.Equal(activity.GetCustomAttribute<DisplayNameAttribute>()!.DisplayName, (string?)type.Element("FriendlyName"));
            Assert.Equal(Group, (string?)type.Element("WorkflowActivityGroupName"));
            Assert.Equal(activity.GetCustomAttribute<DescriptionAttribute>()!.Description, (string?)type.Element("Description"));
        }
    }
}
