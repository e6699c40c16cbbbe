using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.Components;
using DualWrite.SolutionPacker.Packaging;
using DualWrite.Tests.Solution.Fixtures;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>The generated solution for fixture plug-ins, activities and steps: shape, order, values and ids.</summary>
public sealed class SolutionGeneratorTests
{
    /// <summary>
    /// A step on a plug-in package's type, as joshsmithxrm/ppds-demo exported one in December 2025
    /// (solutions/PPDSDemo/src/SdkMessageProcessingSteps/{dc9dfbce-46da-f011-8543-000d3a3b9cba}.xml at commit 404faa5):
    /// PluginTypeExportKey where a classic assembly's step has PluginTypeName and PluginTypeId.
    /// </summary>
    private static readonly string[] s_stepElementOrder =
    [
        "SdkMessageId", "PluginTypeExportKey", "PrimaryEntity", "AsyncAutoDelete", "Configuration", "Description",
        "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden",
        "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages",
    ];

    private static readonly string[] s_imageElementOrder =
        ["SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType", "MessagePropertyName", "IsCustomizable"];

    [Fact]
    public void AStepHasTheElementsOfARealExportInTheirOrder()
    {
        XElement step = Step(Generate(), FixtureSolution.ProjectUpdate);

        Assert.Equal(s_stepElementOrder, step.Elements().Select(e => e.Name.LocalName));
        Assert.All(step.Descendants("SdkMessageProcessingStepImage"), image => Assert.Equal(s_imageElementOrder, image.Elements().Select(e => e.Name.LocalName)));
    }

    [Fact]
    public void AStepCarriesItsCatalogEntry()
    {
        XElement step = Step(Generate(), FixtureSolution.ProjectUpdate);

        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", (string?)step.Element("SdkMessageId"));
        Assert.Equal(PluginTypeExportKey.For("dw_DualWrite.Tests", "DualWrite.Tests", typeof(DecoratedFixturePlugin).FullName!), (string?)step.Element("PluginTypeExportKey"));
        Assert.Equal("msdyn_project", (string?)step.Element("PrimaryEntity"));
        Assert.Equal("msdyn_customer,msdyn_subject", (string?)step.Element("FilteringAttributes"));
        Assert.Equal("{\"map\":\"Projects\"}", (string?)step.Element("Configuration"));
        Assert.Equal("Sends a changed project to Finance.", (string?)step.Element("Description"));
        Assert.Equal(("40", "0", "2", "0"), ((string)step.Element("Stage")!, (string)step.Element("Mode")!, (string)step.Element("Rank")!, (string)step.Element("AsyncAutoDelete")!));
        Assert.Equal(
            [("pre", "msdyn_subject", "0", "Target"), ("post", "msdyn_customer,msdyn_subject", "1", "Target")],
            step.Descendants("SdkMessageProcessingStepImage").Select(i => ((string)i.Element("EntityAlias")!, (string)i.Element("Attributes")!, (string)i.Element("ImageType")!, (string)i.Element("MessagePropertyName")!)));
    }

    [Fact]
    public void AnAsynchronousStepDeletesItsSucceededJobsAndACreatePostImageReadsTheIdSpelledAsThePlatformDoes()
    {
        XElement step = Step(Generate(), FixtureSolution.ActualCreate);

        Assert.Equal("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", (string?)step.Element("SdkMessageId"));
        Assert.Equal(("1", "1"), ((string)step.Element("Mode")!, (string)step.Element("AsyncAutoDelete")!));
        Assert.Null(step.Element("Configuration"));
        XElement image = Assert.Single(step.Descendants("SdkMessageProcessingStepImage"));
        Assert.Equal(("", "Id"), ((string)image.Element("Attributes")!, (string)image.Element("MessagePropertyName")!));
    }

    [Fact]
    public void AStepWithoutADescriptionIsDescribedByItsName()
    {
        XElement step = Step(Generate(), FixtureSolution.ContractDelete);

        Assert.Equal("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8", (string?)step.Element("SdkMessageId"));
        Assert.Equal(FixtureSolution.ContractDelete.Name, (string?)step.Element("Description"));
        Assert.Equal("10", (string?)step.Element("Stage"));
    }

    [Fact]
    public void IdsAreNameBasedSoAnotherBuildInAnotherOrderGivesTheSameFiles()
    {
        UnpackedSolution first = Generate();
        UnpackedSolution second = SolutionGenerator.Generate(FixtureSolution.Inputs(steps: [.. FixtureSolution.Steps.Reverse()]));

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        Assert.All(first.Files, f => Assert.Equal(f.Value, second.Files[f.Key]));

        var ids = StepFiles(first).Select(f => (string)XDocument.Load(new MemoryStream(f.Value)).Root!.Attribute("SdkMessageProcessingStepId")!)
            .Concat(StepFiles(first).SelectMany(f => XDocument.Load(new MemoryStream(f.Value)).Descendants("SdkMessageProcessingStepImageId").Select(i => i.Value)))
            .ToList();
        Assert.Equal(FixtureSolution.Steps.Count + 4, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(5, Guid.Parse(id).Version));
        Assert.All(StepFiles(first), f => Assert.Equal($"SdkMessageProcessingSteps/{(string)XDocument.Load(new MemoryStream(f.Value)).Root!.Attribute("SdkMessageProcessingStepId")!}.xml", f.Key));
    }

    [Fact]
    public void ThePackagesAssemblyHasOnlyItsRootComponentAsInARealExport()
    {
        // joshsmithxrm/ppds-demo solutions/PPDSDemo/src at commit 404faa5 (December 2025): the package's assembly
        // PPDSDemo.PluginPackage is a type-91 root component with no PluginAssemblies/ folder; the classic one has both.
        UnpackedSolution solution = Generate();
        XElement manifest = XDocument.Load(new MemoryStream(solution.Files[SolutionZip.ManifestPath])).Root!;

        Assert.DoesNotContain(solution.Files.Keys, k => k.StartsWith("PluginAssemblies/DualWrite.Tests-", StringComparison.Ordinal));
        Assert.Contains(manifest.Descendants("RootComponent"), r => (string?)r.Attribute("type") == "91" && (string?)r.Attribute("schemaName") == FixtureSolution.Plugins.FullName);
        Assert.Contains(manifest.Descendants("RootComponent"), r => (string?)r.Attribute("type") == "91" && (string?)r.Attribute("schemaName") == FixtureSolution.Activities.FullName);
    }

    [Fact]
    public void ActivitiesAreRegisteredInTheirWorkflowGroupOrTheSolutions()
    {
        XElement assembly = AssemblyData(Generate(), "PluginAssemblies/DualWrite.Tests.Activities-", hasFileName: true);
        var types = assembly.Descendants("PluginType").ToDictionary(t => ((string)t.Attribute("AssemblyQualifiedName")!).Split(',')[0]);

        XElement grouped = types[typeof(GroupedFixtureActivity).FullName!];
        Assert.Equal(["Description", "FriendlyName", "WorkflowActivityGroupName"], grouped.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("Apply fixture confirmation", "Apply fixture confirmation", "Fixture activities"), ((string)grouped.Attribute("Name")!, (string)grouped.Element("FriendlyName")!, (string)grouped.Element("WorkflowActivityGroupName")!));
        XElement ungrouped = types[typeof(UngroupedFixtureActivity).FullName!];
        Assert.Equal(("Ungrouped Fixture Activity", FixtureSolution.Settings.DisplayName), ((string)ungrouped.Element("FriendlyName")!, (string)ungrouped.Element("WorkflowActivityGroupName")!));
    }

    [Fact]
    public void AStepNamesItsPackagedPluginTypeByTheExportKeyOfPackageAssemblyAndType()
    {
        XElement step = Step(Generate(), FixtureSolution.ActualCreate);

        Assert.Null(step.Element("PluginTypeName"));
        Assert.Null(step.Element("PluginTypeId"));
        Assert.Equal(PluginTypeExportKey.For("dw_DualWrite.Tests", "DualWrite.Tests", typeof(InheritedFixturePlugin).FullName!), (string?)step.Element("PluginTypeExportKey"));
    }

    [Fact]
    public void AStepOnAClassicAssemblysTypeNamesItByNameAndId()
    {
        // The classic shape, which steps on the workflow activity assembly's types would take (ppds-demo's
        // {a939bd88-43da-f011-8543-000d3a3b9cba}.xml on PPDSDemo.Plugins at the same commit).
        RegisteredType type = FixtureSolution.Plugins.Types.Single(t => t.Name == nameof(InheritedFixturePlugin));

        XElement step = StepXml.Create(FixtureSolution.ActualCreate, FixtureSolution.Plugins, type, pluginPackage: null, "1.0.0.0");

        Assert.Equal(["SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity"], step.Elements().Take(4).Select(e => e.Name.LocalName));
        Assert.Equal(FixtureSolution.Plugins.AssemblyQualifiedName(type), (string?)step.Element("PluginTypeName"));
        Assert.Equal(ComponentIds.PluginType(FixtureSolution.Plugins.Name, type.FullName).ToString(), (string?)step.Element("PluginTypeId"));
    }

    [Fact]
    public void RefusesAStepWhosePluginTypeTheAssemblyDoesNotHold()
    {
        ShippedAssembly withoutDecorated = FixtureSolution.Plugins with { Types = [.. FixtureSolution.Plugins.Types.Where(t => t.Name != nameof(DecoratedFixturePlugin))] };

        var error = Assert.Throws<InvalidDataException>(() => SolutionGenerator.Generate(FixtureSolution.Inputs(steps: [FixtureSolution.ProjectUpdate], plugins: withoutDecorated)));

        Assert.Contains(FixtureSolution.ProjectUpdate.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(DecoratedFixturePlugin).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAMessageWithoutAKnownId()
    {
        var retrieve = new PluginStep(typeof(DecoratedFixturePlugin), "Retrieve", "msdyn_project", PipelineStage.PostOperation, StepMode.Synchronous, "");

        var error = Assert.Throws<InvalidOperationException>(() => SolutionGenerator.Generate(FixtureSolution.Inputs(steps: [retrieve])));

        Assert.Contains(retrieve.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("'Retrieve'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAWorkflowActivityInThePluginPackage()
    {
        var error = Assert.Throws<InvalidDataException>(() => SolutionGenerator.Generate(FixtureSolution.Inputs(plugins: FixtureSolution.Fixtures)));

        Assert.Contains(typeof(GroupedFixtureActivity).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAPacConfigWhoseOptionValuePrefixTheTablesDoNotUse()
    {
        var settings = FixtureSolution.Settings with { Publisher = FixtureSolution.Settings.Publisher with { OptionValuePrefix = 12345 } };

        var error = Assert.Throws<InvalidDataException>(() => SolutionGenerator.Generate(FixtureSolution.Inputs(settings: settings)));

        Assert.Contains("optionValuePrefix", error.Message, StringComparison.Ordinal);
        Assert.Contains("12345", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePluginPackageCarriesThePluginAndItsDependenciesUnderLibNet462()
    {
        string dependency = Path.Combine(Path.GetTempPath(), $"Fixture.Dependency.{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(dependency, [1, 2, 3]);
        try
        {
            UnpackedSolution solution = SolutionGenerator.Generate(FixtureSolution.Inputs(dependencies: [dependency]));
            string name = "dw_DualWrite.Tests";

            XElement package = XDocument.Load(new MemoryStream(solution.Files[$"pluginpackages/{name}/pluginpackage.xml"])).Root!;
            Assert.Equal(
                ["exportkeyversion", "iscustomizable", "name", "package", "statecode", "statuscode", "version"],
                package.Elements().Select(e => e.Name.LocalName));
            // Three parts, as both real exports write it (ppds-demo's and copilot-agentic-business-process's 1.0.0).
            Assert.Equal((name, name + ".nupkg", "1.0.0"), ((string)package.Attribute("uniquename")!, (string)package.Element("package")!, (string)package.Element("version")!));

            using var nupkg = new ZipArchive(new MemoryStream(solution.Files[$"pluginpackages/{name}/package/{name}.nupkg"]));
            Assert.Equal(
                ["[Content_Types].xml", "_rels/.rels", "DualWrite.Tests.nuspec", "lib/net462/DualWrite.Tests.dll", "lib/net462/" + Path.GetFileName(dependency)],
                nupkg.Entries.Select(e => e.FullName));
            XElement nuspec = XDocument.Load(nupkg.GetEntry("DualWrite.Tests.nuspec")!.Open()).Root!;
            Assert.Equal(("DualWrite.Tests", "1.0.0"), (nuspec.Descendants().Single(e => e.Name.LocalName == "id").Value, nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value));
        }
        finally
        {
            File.Delete(dependency);
        }
    }

    [Fact]
    public void PackingInlinesTablesAssembliesAndStepsIntoCustomizationsAndListsThemAsRootComponents()
    {
        UnpackedSolution solution = Generate();

        using var zip = new ZipArchive(new MemoryStream(SolutionZip.Pack(solution)));
        XElement customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Root!;
        XElement manifest = XDocument.Load(zip.GetEntry("solution.xml")!.Open()).Root!;

        Assert.Equal(FixtureSolution.Steps.Select(s => s.Name).Order(), customizations.Element("SdkMessageProcessingSteps")!.Elements().Select(s => (string)s.Attribute("Name")!).Order());
        Assert.Equal([FixtureSolution.Activities.FullName], customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly").Select(a => (string)a.Attribute("FullName")!));
        Assert.Equal(2, customizations.Element("Entities")!.Elements("Entity").Count());
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal) || e.FullName.StartsWith("Entities/", StringComparison.Ordinal) || e.FullName.EndsWith(".data.xml", StringComparison.Ordinal));
        var rootIds = manifest.Descendants("RootComponent").Select(r => (string?)r.Attribute("id")).ToHashSet();
        Assert.All(customizations.Element("SdkMessageProcessingSteps")!.Elements(), s => Assert.Contains((string?)s.Attribute("SdkMessageProcessingStepId"), rootIds));
        Assert.All(customizations.Element("SolutionPluginAssemblies")!.Elements(), a => Assert.Contains("{" + (string?)a.Attribute("PluginAssemblyId") + "}", rootIds));
    }

    [Fact]
    public void TheTablesRelationshipsToSystemTablesAreUnpackedAsPacDoesAndPackedIntoCustomizations()
    {
        // bravooomike/doz-visits-solution src/Other/Relationships.xml (names) and src/Other/Relationships/<Referenced>.xml.
        UnpackedSolution solution = Generate();
        string[] names = [.. DualWriteTablesNames().SelectMany(t => new[] { $"lk_{t}_createdby", $"lk_{t}_modifiedby", $"organization_{t}" }).Order(StringComparer.Ordinal)];

        XElement index = XDocument.Load(new MemoryStream(solution.Files[SolutionZip.RelationshipsIndexPath])).Root!;
        Assert.Equal(names, index.Elements("EntityRelationship").Select(r => (string)r.Attribute("Name")!));
        Assert.Equal(["Other/Relationships/Organization.xml", "Other/Relationships/SystemUser.xml"], solution.Files.Keys.Where(k => k.StartsWith(SolutionZip.RelationshipsFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal));

        using var zip = new ZipArchive(new MemoryStream(SolutionZip.Pack(solution)));
        XElement customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Root!;
        Assert.Equal(names, customizations.Element("EntityRelationships")!.Elements("EntityRelationship").Select(r => (string)r.Attribute("Name")!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("Other/", StringComparison.Ordinal));
    }

    [Fact]
    public void PackingRefusesAFileWhoseTypeTheContentTypesDoNotDeclare()
    {
        UnpackedSolution solution = Generate();
        solution.Add("WebResources/readme.txt", [1]);

        var error = Assert.Throws<InvalidDataException>(() => SolutionZip.Pack(solution));

        Assert.Contains("WebResources/readme.txt", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> DualWriteTablesNames() => DualWriteTables.All.Select(t => t.LogicalName);

    private static UnpackedSolution Generate() => SolutionGenerator.Generate(FixtureSolution.Inputs());

    private static IEnumerable<KeyValuePair<string, byte[]>> StepFiles(UnpackedSolution solution) =>
        solution.Files.Where(f => f.Key.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal));

    private static XElement Step(UnpackedSolution solution, PluginStep step) =>
        Assert.Single(StepFiles(solution).Select(f => XDocument.Load(new MemoryStream(f.Value)).Root!), s => (string?)s.Attribute("Name") == step.Name);

    /// <summary>The data.xml of a classic assembly (the activities', with its dll).</summary>
    private static XElement AssemblyData(UnpackedSolution solution, string folderPrefix, bool hasFileName)
    {
        XElement assembly = Assert.Single(
            solution.Files.Where(f => f.Key.StartsWith(folderPrefix, StringComparison.Ordinal) && f.Key.EndsWith(".dll.data.xml", StringComparison.Ordinal))
                .Select(f => XDocument.Load(new MemoryStream(f.Value)).Root!),
            a => (a.Element("FileName") is not null) == hasFileName);
        Assert.Equal(["IsolationMode", "SourceType", "IntroducedVersion", .. hasFileName ? ["FileName"] : Array.Empty<string>(), "PluginTypes"], assembly.Elements().Select(e => e.Name.LocalName));
        return assembly;
    }
}
