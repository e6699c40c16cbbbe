using System;
using System.Activities;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DualWrite.LocalRun.Zip;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Components;
using DualWrite.Tests.LocalRun.Support;
using DualWrite.Tests.Solution;
using DualWrite.WorkflowActivities;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>Reading the steps and activities back from the solution zip the build packed, and refusing a zip the local build cannot run.</summary>
public sealed class SolutionZipReaderTests
{
    private const string ShippedToken = "PublicKeyToken=8853f7ed9a7f00cf";

    [Fact]
    public void TheBuiltZipRegistersExactlyTheCatalogsSteps()
    {
        RegisteredSolution solution = SolutionZipReader.Read(BuiltSolution.ZipPath());

        Assert.Equal(PluginStepCatalog.All.Select(Describe).Order(StringComparer.Ordinal), solution.Steps.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheBuiltZipRegistersEveryShippedActivityResolvedInTheLocalBuild()
    {
        RegisteredSolution solution = SolutionZipReader.Read(BuiltSolution.ZipPath());

        Type[] shipped = typeof(ApplyFinanceConfirmationActivity).Assembly.GetTypes().Where(t => typeof(CodeActivity).IsAssignableFrom(t) && !t.IsAbstract).ToArray();
        Assert.Equal(shipped.Select(t => t.FullName).Order(StringComparer.Ordinal), solution.ActivityTypes.Select(t => t.FullName).Order(StringComparer.Ordinal));
        Assert.Same(typeof(ReplayFailedSyncsActivity), solution.Activity(typeof(ReplayFailedSyncsActivity)));
    }

    [Fact]
    public void TheDefaultZipIsTheOneThisBuildPacked()
    {
        Assert.Equal(Path.GetFullPath(BuiltSolution.ZipPath()), Path.GetFullPath(BuiltZip.DefaultPath()));
    }

    [Fact]
    public void AMissingZipSaysToBuildFirst()
    {
        string path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.zip");

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("Build first: dotnet build DualWrite.Plugins.sln -c Release", error.Message);
    }

    [Fact]
    public void AnotherPublicKeyTokenInTheZipIsRefusedNamingBothTokens()
    {
        using var zip = new ZipVariant(root => Replace(root, ShippedToken, "PublicKeyToken=0123456789abcdef"));

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains("public key token 0123456789abcdef in the zip, 8853f7ed9a7f00cf in the build", error.Message);
        Assert.Contains("must come from the same source", error.Message);
    }

    [Fact]
    public void AnotherVersionInTheZipIsRefusedNamingBothVersions()
    {
        using var zip = new ZipVariant(root => Replace(root, "DualWrite.WorkflowActivities, Version=1.0.0.0", "DualWrite.WorkflowActivities, Version=2.0.0.0"));

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains("version 2.0.0.0 in the zip, 1.0.0.0 in the build", error.Message);
    }

    [Fact]
    public void EveryStepNamesItsPluginByTheExportKeyOfAShippedType()
    {
        RegisteredSolution solution = SolutionZipReader.Read(BuiltSolution.ZipPath());
        var keys = BuiltSolution.Open().Steps.ToDictionary(s => (string)s.Attribute("Name")!, s => (string?)s.Element("PluginTypeExportKey"));

        Assert.All(solution.Steps, s => Assert.Same(typeof(DualWrite.Plugins.PluginBase).Assembly, s.PluginType.Assembly));
        Assert.All(solution.Steps, s => Assert.Equal(PluginTypeExportKey.For("dw_DualWrite.Plugins", "DualWrite.Plugins", s.PluginType.FullName!), keys[s.Name]));
    }

    [Fact]
    public void AnExportKeyNoShippedTypeHasIsRefusedNamingTheKeyAndThePackage()
    {
        string key = PluginTypeExportKey.For("dw_DualWrite.Plugins", "DualWrite.Plugins", "DualWrite.Plugins.EntryPoints.RetiredPlugin");
        string? name = null;
        using var zip = new ZipVariant(root =>
        {
            XElement step = root.Element("SdkMessageProcessingSteps")!.Elements().First();
            name = (string)step.Attribute("Name")!;
            step.Element("PluginTypeExportKey")!.Value = key;
        });

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains($"Step '{name}' names plug-in type export key {key}", error.Message);
        Assert.Contains("plug-in package dw_DualWrite.Plugins", error.Message);
    }

    [Fact]
    public void AnotherVersionOfThePackagesAssemblyIsRefusedNamingBothVersions()
    {
        using var zip = new ZipVariant(_ => { }, manifest => Replace(manifest, "DualWrite.Plugins, Version=1.0.0.0", "DualWrite.Plugins, Version=2.0.0.0"));

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains("version 2.0.0.0 in the zip, 1.0.0.0 in the build", error.Message);
    }

    [Fact]
    public void AnAssemblyWithNeitherAPluginAssemblyElementNorAPackageIsRefused()
    {
        using var zip = new ZipVariant(
            _ => { },
            manifest => manifest.Descendants("RootComponents").Single().Add(new XElement("RootComponent", new XAttribute("type", "91"), new XAttribute("schemaName", "Retired.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null"))));

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains("no package", error.Message);
        Assert.Contains("Retired.Plugins.dll", error.Message);
    }

    [Fact]
    public void AZipWithoutStepsIsRefused()
    {
        using var zip = new ZipVariant(root => root.Element("SdkMessageProcessingSteps")!.RemoveNodes());

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains("registers no plug-in step", error.Message);
    }

    [Fact]
    public void AMessageIdTheSolutionDoesNotKnowIsReadFromTheStepsName()
    {
        using var zip = new ZipVariant(root =>
        {
            foreach (XElement id in root.Descendants("SdkMessageId"))
            {
                id.Value = Guid.NewGuid().ToString();
            }
        });

        RegisteredSolution solution = SolutionZipReader.Read(zip.Path);

        Assert.Equal(PluginStepCatalog.All.Select(s => s.Name).Order(StringComparer.Ordinal), solution.Steps.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AStepWithAnInvalidModeIsRefusedNamingTheStep()
    {
        string? name = null;
        using var zip = new ZipVariant(root =>
        {
            XElement step = root.Element("SdkMessageProcessingSteps")!.Elements().First();
            name = (string)step.Attribute("Name")!;
            step.Element("Mode")!.Value = "7";
        });

        var error = Assert.Throws<SolutionZipException>(() => SolutionZipReader.Read(zip.Path));

        Assert.Contains($"Step '{name}': Mode 7", error.Message);
    }

    private static string Describe(PluginStep step) =>
        string.Join(
            " | ",
            step.Name,
            step.PluginType.AssemblyQualifiedName,
            step.Message,
            step.PrimaryEntity,
            step.Stage,
            step.Mode,
            step.Rank,
            string.Join(",", step.FilteringAttributes),
            // The zip spells a message property as the platform does ("Id" where the catalog writes "id").
            string.Join(";", step.Images.Select(i => $"{i.Alias}:{i.ImageType}:{i.MessagePropertyName}:{string.Join(",", i.Attributes)}")),
            step.UnsecureConfiguration ?? "(none)",
            step.Description);

    private static void Replace(XElement root, string from, string to)
    {
        foreach (XAttribute attribute in root.Descendants().Attributes().Where(a => a.Value.Contains(from, StringComparison.Ordinal)))
        {
            attribute.Value = attribute.Value.Replace(from, to, StringComparison.Ordinal);
        }

        foreach (XElement element in root.Descendants().Where(e => !e.HasElements && e.Value.Contains(from, StringComparison.Ordinal)))
        {
            element.Value = element.Value.Replace(from, to, StringComparison.Ordinal);
        }
    }
}
