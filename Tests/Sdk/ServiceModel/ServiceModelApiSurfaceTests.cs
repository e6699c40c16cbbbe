using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.ServiceModel;
using Xunit;

namespace DualWrite.Tests.Sdk.ServiceModel;

/// <summary>
/// The System.ServiceModel stand-in against .NET Framework 4.6.2's own reference assembly: every public or
/// protected constructor, method and accessor it declares must exist there with the same name, modifiers,
/// parameter types and parameter names. (The shared API listings do not cover System.ServiceModel.)
/// </summary>
public sealed class ServiceModelApiSurfaceTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [SkippableFact]
    public void EveryDeclaredMemberHasTheFrameworksSignature()
    {
        using FrameworkReferenceAssembly? reference = FrameworkReferenceAssembly.TryOpen("System.ServiceModel.dll");
        Skip.If(reference is null, "The net462 reference assemblies are not in the NuGet cache (a net462 build restores them).");

        var problems = new List<string>();
        Assembly standIn = typeof(FaultException).Assembly;
        foreach (Type type in standIn.GetExportedTypes())
        {
            ISet<string>? official = reference.MemberLines(type.FullName!);
            if (official is null)
            {
                problems.Add($"type {type.FullName}: not in the framework's System.ServiceModel");
                continue;
            }

            IEnumerable<MethodBase> members = type.GetConstructors(Declared).Cast<MethodBase>().Concat(type.GetMethods(Declared))
                .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
            problems.AddRange(members.Select(FrameworkReferenceAssembly.Line).Where(line => !official.Contains(line)).Select(line => $"{type.FullName} :: {line}"));
        }

        Assert.True(problems.Count == 0, "Not as in .NET Framework 4.6.2:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public void TheReaderFindsKnownFrameworkSignatures()
    {
        // Guards the comparison itself: pins lines the framework declares, so the notation both sides are written in stays meaningful.
        using FrameworkReferenceAssembly? reference = FrameworkReferenceAssembly.TryOpen("System.ServiceModel.dll");
        Skip.If(reference is null, "The net462 reference assemblies are not in the NuGet cache (a net462 build restores them).");

        ISet<string> faultOfT = reference.MemberLines("System.ServiceModel.FaultException`1")!;
        Assert.Contains("public System.Void .ctor(!0 detail, System.ServiceModel.FaultReason reason)", faultOfT);
        Assert.Contains("public !0 get_Detail()", faultOfT);
        Assert.Contains("public virtual override System.String get_Message()", reference.MemberLines("System.ServiceModel.FaultException")!);
        Assert.Contains("public System.Void .ctor(System.Collections.Generic.IEnumerable`1<System.ServiceModel.FaultReasonText> translations)", reference.MemberLines("System.ServiceModel.FaultReason")!);
    }
}
