using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
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

    [SkippableFact]
    public void TheFormatterReproducesOfficialLinesForTheFrameworkTypesTheyShare()
    {
        // Guards the formatter itself: System.Activities' real Argument types don't exist on .NET, but the
        // official listing also names framework-independent shapes (enums, generic collections) this must render.
        ReferenceApi reference = LoadOrSkip("xrm-sdk-api.txt");

        Assert.NotNull(reference.FindType("Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>"));
        Assert.True(reference.HasMember("Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.DataCollection<TKey, TValue> :: public method bool TryGetValue(TKey key, out TValue value)"));
        Assert.Equal("System.Collections.Generic.IDictionary<string, System.Guid?>", ApiSignature.TypeName(typeof(IDictionary<string, Guid?>)));
        Assert.Equal("int[]", ApiSignature.TypeName(typeof(int[])));
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
