using System;
using System.Collections.Generic;
using System.Linq;
using System.Activities;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.ApiSurface;

/// <summary>
/// Every public type and member the stand-in declares must appear in the official listing with the same
/// signature. Members the stand-in leaves out are deliberate gaps; a difference is a defect.
/// </summary>
public sealed class SdkApiSurfaceTests
{
    public static TheoryData<string, string> StandIns => new()
    {
        { "Microsoft.Xrm.Sdk", "xrm-sdk-api.txt" },
        { "Microsoft.Xrm.Sdk.Workflow", "xrm-sdk-api.txt" },
        { "System.Activities", "system-activities-api.txt" },
    };

    [SkippableTheory]
    [MemberData(nameof(StandIns))]
    public void EveryDeclaredTypeAndMemberHasTheOfficialSignature(string assemblyName, string referenceFile)
    {
        ReferenceApi reference = LoadOrSkip(referenceFile);
        Assembly assembly = Assembly.Load(assemblyName);
        var problems = new List<string>();

        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            string name = ApiSignature.TypeName(type);
            ReferenceApi.TypeLine? official = reference.FindType(assemblyName, name);
            if (official is null)
            {
                problems.Add($"type {name}: not in the official API");
                continue;
            }

            problems.AddRange(TypeLineProblems(type, official, assembly));
            problems.AddRange(ApiSignature.MemberLines(type)
                .Where(line => !reference.HasMember(assemblyName, line))
                .Select(line => "member " + line + ": no official member has this signature"));
        }

        Assert.True(problems.Count == 0, $"{assemblyName} differs from {referenceFile}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk",
        "IPlugin", "IExecutionContext", "IPluginExecutionContext", "IPluginExecutionContext2", "IPluginExecutionContext3",
        "IPluginExecutionContext4", "IPluginExecutionContext5", "IPluginExecutionContext6", "IPluginExecutionContext7",
        "ITracingService", "IOrganizationServiceFactory", "IOrganizationService", "IServiceEndpointNotificationService",
        "IManagedIdentityService", "Entity", "EntityReference", "EntityCollection", "AttributeCollection", "DataCollection`1",
        "DataCollection`2", "ParameterCollection", "EntityImageCollection", "KeyAttributeCollection", "Money", "OptionSetValue",
        "OptionSetValueCollection", "Query.ColumnSet", "Query.QueryBase", "Query.QueryExpression", "Query.QueryByAttribute",
        "Query.FilterExpression", "Query.ConditionExpression", "Query.LinkEntity", "Query.OrderExpression", "Query.PagingInfo",
        "Query.ConditionOperator", "Query.LogicalOperator", "Query.JoinOperator", "Query.OrderType", "OrganizationRequest",
        "OrganizationResponse", "Messages.CreateRequest", "Messages.CreateResponse", "Messages.RetrieveRequest",
        "Messages.RetrieveResponse", "Messages.UpdateRequest", "Messages.UpdateResponse", "Messages.DeleteRequest",
        "Messages.DeleteResponse", "Messages.RetrieveMultipleRequest", "Messages.RetrieveMultipleResponse", "Messages.UpsertRequest",
        "Messages.UpsertResponse", "Messages.ExecuteMultipleRequest", "Messages.ExecuteMultipleResponse", "OrganizationServiceFault",
        "InvalidPluginExecutionException", "OperationStatus", "PluginHttpStatusCode")]
    [InlineData("Microsoft.Xrm.Sdk.Workflow",
        "IWorkflowContext", "InputAttribute", "OutputAttribute", "ReferenceTargetAttribute", "AttributeTargetAttribute", "DefaultAttribute")]
    [InlineData("System.Activities",
        "CodeActivity", "CodeActivityContext", "ActivityContext", "InArgument`1", "OutArgument`1", "InOutArgument`1", "RequiredArgumentAttribute")]
    public void TheStandInDeclaresEveryTypeTheProjectBuildsOn(string assemblyName, params string[] typeNames)
    {
        Assembly assembly = Assembly.Load(assemblyName);

        string[] missing = typeNames.Where(n => assembly.GetType(assemblyName + "." + n) is not { IsPublic: true }).ToArray();

        Assert.True(missing.Length == 0, $"{assemblyName} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public .ctor(string entityName, System.Guid id)")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public property object this[string attributeName] { get; set; }")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public virtual method T GetAttributeValue<T>(string attributeLogicalName)")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public method T ToEntity<T>() where T : Microsoft.Xrm.Sdk.Entity")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: protected virtual method void SetAttributeValue(string attributeLogicalName, object value)")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public property Microsoft.Xrm.Sdk.EntityState? EntityState { get; set; }")]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk.Entity :: public property Microsoft.Xrm.Sdk.FormattedValueCollection FormattedValues { get; }")]
    [InlineData(typeof(DataCollection<,>), "Microsoft.Xrm.Sdk.DataCollection<TKey, TValue> :: public method bool TryGetValue(TKey key, out TValue value)")]
    [InlineData(typeof(DataCollection<,>), "Microsoft.Xrm.Sdk.DataCollection<TKey, TValue> :: public virtual property TValue this[TKey key] { get; set; }")]
    [InlineData(typeof(ITracingService), "Microsoft.Xrm.Sdk.ITracingService :: public method void Trace(string format, params object[] args)")]
    [InlineData(typeof(OperationStatus), "Microsoft.Xrm.Sdk.OperationStatus :: enum-value Retry = 2")]
    [InlineData(typeof(Money), "Microsoft.Xrm.Sdk.Money :: public override method bool Equals(object obj)")]
    [InlineData(typeof(CodeActivity), "System.Activities.CodeActivity :: protected abstract method void Execute(System.Activities.CodeActivityContext context)")]
    [InlineData(typeof(InArgument<>), "System.Activities.InArgument<T> :: public static method System.Activities.InArgument<T> op_Implicit(T constValue)")]
    [InlineData(typeof(Argument), "System.Activities.Argument :: public const field string ResultValue = \"Result\"")]
    public void TheFormatterWritesEveryKindOfMemberAsTheListingDoes(Type type, string expectedLine)
    {
        // Guards the surface test against passing vacuously: a formatter that dropped or garbled a kind of member
        // (indexers, protected virtuals, generic constraints, out/params, enum values, operators, constants) fails here.
        Assert.Contains(expectedLine, ApiSignature.MemberLines(type));
    }

    [Theory]
    [InlineData(typeof(Entity), "public class Microsoft.Xrm.Sdk.Entity")]
    [InlineData(typeof(Money), "public sealed class Microsoft.Xrm.Sdk.Money")]
    [InlineData(typeof(DataCollection<,>), "public abstract class Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>")]
    [InlineData(typeof(IPluginExecutionContext), "public interface Microsoft.Xrm.Sdk.IPluginExecutionContext")]
    [InlineData(typeof(OperationStatus), "public enum Microsoft.Xrm.Sdk.OperationStatus")]
    public void TheFormatterWritesTypeHeadsAsTheListingDoes(Type type, string expectedHead)
    {
        Assert.Equal(expectedHead, ApiSignature.TypeHead(type));
    }

    private static ReferenceApi LoadOrSkip(string referenceFile)
    {
        ReferenceApi? reference = ReferenceApi.TryLoad(referenceFile);
        Skip.If(reference is null, $"{referenceFile} is not in {ReferenceApi.Folder}: the official API listing lives in ../shared beside the repository, which CI has.");
        return reference!;
    }

    private static IEnumerable<string> TypeLineProblems(Type type, ReferenceApi.TypeLine official, Assembly standIn)
    {
        string name = ApiSignature.TypeName(type);
        string head = ApiSignature.TypeHead(type);
        if (head != official.Head)
        {
            yield return $"type {name}: declared '{head}', official '{official.Head}'";
        }

        string? baseName = ApiSignature.BaseName(type);
        if (baseName is not null && (official.Bases.Count == 0 || official.Bases[0] != baseName))
        {
            yield return $"type {name}: derives from {baseName}, official bases '{string.Join(", ", official.Bases)}'";
        }

        foreach (string iface in ApiSignature.OwnInterfaceNames(type, IsStandIn).Where(i => !official.Bases.Contains(i)))
        {
            yield return $"type {name}: implements {iface}, which the official type does not";
        }

        bool IsStandIn(Assembly assembly) => assembly == standIn || assembly.GetName().Name is "Microsoft.Xrm.Sdk" or "Microsoft.Xrm.Sdk.Workflow" or "System.Activities";
    }
}
