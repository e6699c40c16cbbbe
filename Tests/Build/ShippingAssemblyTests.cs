using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Build;

/// <summary>
/// The net462 assemblies that ship must be loadable by Dataverse: strong-name signed, built for .NET Framework
/// 4.6.2, and referencing only what the sandbox provides (the framework, the SDK) or what ships beside them.
/// </summary>
public sealed class ShippingAssemblyTests
{
    private const string MicrosoftSharedPublicKeyToken = "31bf3856ad364e35";

    public static TheoryData<string, string> ShippingAssemblies => new()
    {
        { "Plugins", "DualWrite.Plugins.dll" },
        { "WorkflowActivities", "DualWrite.WorkflowActivities.dll" },
    };

    [Theory]
    [MemberData(nameof(ShippingAssemblies))]
    public void IsStrongNameSignedWithTheRepositoryKey(string project, string file)
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput(project, "net462", file));
        byte[] repositoryKey = StrongNameSignature.PublicKeyOf(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "DualWrite.snk")));

        Assert.True(assembly.IsMarkedStrongNameSigned, $"{file} is not marked strong-name signed.");
        Assert.Equal(repositoryKey, assembly.Identity.GetPublicKey());
        Assert.True(StrongNameSignature.IsValid(assembly.Image), $"{file} carries no valid strong-name signature (public- or delay-signed?).");
    }

    [Fact]
    public void TheSignatureCheckRejectsATamperedAssembly()
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput("Plugins", "net462", "DualWrite.Plugins.dll"));
        byte[] tampered = (byte[])assembly.Image.Clone();
        tampered[^1] ^= 0xFF; // inside the last section, which the signature covers

        Assert.True(StrongNameSignature.IsValid(assembly.Image));
        Assert.False(StrongNameSignature.IsValid(tampered));
    }

    [Theory]
    [MemberData(nameof(ShippingAssemblies))]
    public void TargetsNetFramework462(string project, string file)
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput(project, "net462", file));

        Assert.Equal(".NETFramework,Version=v4.6.2", assembly.Attributes.GetValueOrDefault("TargetFrameworkAttribute"));
    }

    [Theory]
    [InlineData("Plugins", "DualWrite.Plugins.dll", new[] { "Microsoft.Xrm.Sdk" })]
    [InlineData("WorkflowActivities", "DualWrite.WorkflowActivities.dll", new[] { "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Workflow" })]
    public void ReferencesTheDataverseSdkByItsOfficialIdentity(string project, string file, string[] sdkAssemblies)
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput(project, "net462", file));

        foreach (string sdk in sdkAssemblies)
        {
            AssemblyName reference = Assert.Single(assembly.References, r => r.Name == sdk);
            Assert.Equal($"{sdk}, Version=9.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftSharedPublicKeyToken}", reference.FullName);
        }
    }

    [Fact]
    public void TheWorkflowActivitiesUseTheFrameworksOwnSystemActivities()
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput("WorkflowActivities", "net462", "DualWrite.WorkflowActivities.dll"));

        AssemblyName activities = Assert.Single(assembly.References, r => r.Name == "System.Activities");
        Assert.Equal($"System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftSharedPublicKeyToken}", activities.FullName);
    }

    [Theory]
    [InlineData("Plugins", "DualWrite.Plugins.dll", true)]
    [InlineData("WorkflowActivities", "DualWrite.WorkflowActivities.dll", false)]
    public void ReferencesNothingTheSandboxLacks(string project, string file, bool shipsInAPluginPackage)
    {
        string output = RepositoryPaths.BuildOutput(project, "net462", file);
        AssemblyFile assembly = AssemblyFile.Read(output);
        // A plug-in package carries the plug-in's dependencies; the workflow activity assembly is registered alone.
        HashSet<string> shippedBeside = shipsInAPluginPackage
            ? Directory.GetFiles(Path.GetDirectoryName(output)!, "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => n != assembly.Identity.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];

        var problems = new List<string>();
        foreach (AssemblyName reference in assembly.References)
        {
            string name = reference.Name!;
            string framework = Path.Combine(RepositoryPaths.NetFramework462ReferenceAssemblies, name + ".dll");
            if (name.Equals("netstandard", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("netstandard: .NET Framework 4.6.2 in the sandbox has no netstandard.dll");
            }
            else if (name is "Microsoft.Xrm.Sdk" or "Microsoft.Xrm.Sdk.Workflow")
            {
                // The platform provides the SDK; its identity is checked above.
            }
            else if (File.Exists(framework))
            {
                AssemblyName expected = AssemblyName.GetAssemblyName(framework);
                if (expected.FullName != reference.FullName)
                {
                    problems.Add($"{reference.FullName}: .NET Framework 4.6.2 has {expected.FullName}");
                }
            }
            else if (!shippedBeside.Contains(name))
            {
                problems.Add($"{reference.FullName}: neither in .NET Framework 4.6.2, nor in the SDK, nor shipped beside {file}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(ShippingAssemblies))]
    public void CarriesTheSolutionVersionFromPacConfig(string project, string file)
    {
        AssemblyFile assembly = AssemblyFile.Read(RepositoryPaths.BuildOutput(project, "net462", file));

        Assert.Equal(PacConfigFile.Load().Solution.Version, assembly.Attributes.GetValueOrDefault("AssemblyFileVersionAttribute"));
    }

    [Theory]
    [InlineData("Microsoft.Xrm.Sdk", "9.0.0.0")]
    [InlineData("Microsoft.Xrm.Sdk.Workflow", "9.0.0.0")]
    public void TheSdkStandInCarriesTheOfficialIdentity(string name, string version)
    {
        AssemblyFile standIn = AssemblyFile.Read(RepositoryPaths.BuildOutput(Path.Combine("Sdk", name), "net462", name + ".dll"));

        Assert.Equal($"{name}, Version={version}, Culture=neutral, PublicKeyToken={MicrosoftSharedPublicKeyToken}", standIn.Identity.FullName);
        // Public-signed with Microsoft's public key only: marked signed, but no valid signature, so it can never pass for the real one.
        Assert.True(standIn.IsMarkedStrongNameSigned);
        Assert.False(StrongNameSignature.IsValid(standIn.Image));
    }
}
