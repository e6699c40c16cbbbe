using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker;
using DualWrite.SolutionPacker.Components;
using DualWrite.SolutionPacker.Packaging;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>
/// The zip the README's build command packs, opened and checked against what the code defines: the entry points,
/// the step catalog, the environment variables, the tables, and the net462 builds it was packed from.
/// </summary>
public sealed partial class BuiltSolutionTests
{
    /// <summary>The platform's sdkmessage ids, as Microsoft Learn lists them.</summary>
    private static readonly Dictionary<string, string> s_messageIds = new()
    {
        ["Create"] = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Update"] = "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
        ["Delete"] = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
    };

    private static readonly Lazy<BuiltSolution> s_built = new(BuiltSolution.Open);

    private static BuiltSolution Built => s_built.Value;

    [Fact]
    public void IsAWellFormedUnmanagedSolutionNamedFromPacConfig()
    {
        PacConfigFile.SolutionSection solution = PacConfigFile.Load().Solution;

        Assert.Contains("[Content_Types].xml", Built.Entries.Keys);
        foreach (string entry in Built.Entries.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Assert.NotNull(Built.Xml(entry)); // throws when not well-formed
        }

        XElement manifest = Built.Manifest.Element("SolutionManifest")!;
        Assert.Equal(solution.UniqueName, (string?)manifest.Element("UniqueName"));
        Assert.Equal(solution.Version, (string?)manifest.Element("Version"));
        Assert.Equal("0", (string?)manifest.Element("Managed"));
        Assert.Equal(solution.Publisher.UniqueName, (string?)manifest.Element("Publisher")!.Element("UniqueName"));
        Assert.Equal(solution.Publisher.Prefix, (string?)manifest.Element("Publisher")!.Element("CustomizationPrefix"));
        Assert.Equal(solution.Publisher.OptionValuePrefix, (int)manifest.Element("Publisher")!.Element("CustomizationOptionValuePrefix")!);
    }

    [Fact]
    public void RegistersEveryActivityInTheClassicAssemblyAndThePackagesAssemblyOnlyAsARootComponent()
    {
        // As joshsmithxrm/ppds-demo exported a plug-in package beside a classic assembly (solutions/PPDSDemo/src at
        // commit 404faa5, December 2025): the package's assembly is a type-91 root component and nothing else.
        var registered = Built.PluginTypes.ToList();
        string pluginAssembly = AssemblyFile.Read(RepositoryPaths.BuildOutput("Plugins", "net462", "DualWrite.Plugins.dll")).Identity.FullName;
        string activityAssembly = AssemblyFile.Read(RepositoryPaths.BuildOutput("WorkflowActivities", "net462", "DualWrite.WorkflowActivities.dll")).Identity.FullName;

        Assert.Equal([activityAssembly], Built.Customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly").Select(a => (string)a.Attribute("FullName")!));
        Assert.Equal(new[] { activityAssembly, pluginAssembly }.Order(StringComparer.Ordinal), RootComponents(91).Select(r => (string)r.Attribute("schemaName")!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Built.Entries.Keys, k => k.StartsWith("PluginAssemblies/DualWrite.Plugins-", StringComparison.Ordinal));
        Assert.Equal(ShippedEntryPoints.Activities.Select(t => $"{t.FullName}, {activityAssembly}").Order(StringComparer.Ordinal), registered.Select(t => (string)t.Attribute("AssemblyQualifiedName")!).Order(StringComparer.Ordinal));
        Assert.All(registered, t => Assert.False(string.IsNullOrWhiteSpace((string?)t.Element("FriendlyName")), $"{t.Attribute("Name")} has no friendly name."));
        Assert.All(registered, t => Assert.False(string.IsNullOrWhiteSpace((string?)t.Element("WorkflowActivityGroupName")), $"Activity {t.Attribute("Name")} has no workflow group."));
    }

    [Fact]
    public void ThePluginPackageIsShapedAsExportsWriteItWithAThreePartVersion()
    {
        // joshsmithxrm/ppds-demo pluginpackages/ppds_PPDSDemo.PluginPackage/pluginpackage.xml and
        // microsoft/copilot-agentic-business-process core/solution/export/pluginpackages/faf001_business-process-api/pluginpackage.xml.
        PacConfigFile.SolutionSection solution = PacConfigFile.Load().Solution;
        XElement package = Built.Xml($"pluginpackages/{PackageName}/pluginpackage.xml");
        var version = Version.Parse(solution.Version);

        Assert.Equal(["exportkeyversion", "iscustomizable", "name", "package", "statecode", "statuscode", "version"], package.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("1", PackageName + ".nupkg", "0", "1"), ((string)package.Element("exportkeyversion")!, (string)package.Element("package")!, (string)package.Element("statecode")!, (string)package.Element("statuscode")!));
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", (string?)package.Element("version"));
        Assert.Contains($"pluginpackages/{PackageName}/package/{PackageName}.nupkg", Built.Entries.Keys);
    }

    [Fact]
    public void EveryStepIsTheCatalogsAndNamesAShippedPluginByTheExportKeyMessageAndTable()
    {
        var steps = Built.Steps.ToList();
        var rootIds = RootComponents(92).Select(r => (string)r.Attribute("id")!).ToHashSet();
        var shippedKeys = ShippedEntryPoints.Plugins.ToDictionary(t => PluginTypeExportKey.For(PackageName, "DualWrite.Plugins", t.FullName!), t => t);

        Assert.Equal(PluginStepCatalog.All.Count, steps.Count);
        foreach (PluginStep step in PluginStepCatalog.All)
        {
            XElement xml = Assert.Single(steps, s => (string?)s.Attribute("Name") == step.Name);

            // ppds-demo's step on its package's type: the key right after SdkMessageId, no PluginTypeName or PluginTypeId.
            Assert.Equal(["SdkMessageId", "PluginTypeExportKey", "PrimaryEntity"], xml.Elements().Take(3).Select(e => e.Name.LocalName));
            Assert.Null(xml.Element("PluginTypeName"));
            Assert.Null(xml.Element("PluginTypeId"));
            Assert.Same(step.PluginType, shippedKeys[(string)xml.Element("PluginTypeExportKey")!]);
            Assert.Equal(s_messageIds[step.Message], (string?)xml.Element("SdkMessageId"));
            Assert.Equal(step.PrimaryEntity, (string?)xml.Element("PrimaryEntity"));
            Assert.Equal((int)step.Stage, (int)xml.Element("Stage")!);
            Assert.Equal((int)step.Mode, (int)xml.Element("Mode")!);
            Assert.Equal(step.Rank, (int)xml.Element("Rank")!);
            Assert.Equal(step.FilteringAttributes, Csv(xml.Element("FilteringAttributes")));
            AssertImages(step, xml);
            Assert.Contains((string)xml.Attribute("SdkMessageProcessingStepId")!, rootIds);
        }
    }

    [Fact]
    public void DefinesEveryEnvironmentVariableOfTheCatalogAndNoOther()
    {
        var defined = Built.EnvironmentVariables.ToDictionary(v => (string)v.Attribute("schemaname")!);

        Assert.Equal(EnvironmentVariableCatalog.All.Select(v => v.SchemaName).Order(), defined.Keys.Order());
        Assert.Equal(defined.Keys.Order(), RootComponents(380).Select(r => (string)r.Attribute("schemaName")!).Order());
        foreach (EnvironmentVariableDefinition variable in EnvironmentVariableCatalog.All)
        {
            XElement xml = defined[variable.SchemaName];
            Assert.Equal((int)variable.Type, (int)xml.Element("type")!);
            Assert.Equal(variable.DefaultValue, (string?)xml.Element("defaultvalue"));
            // Not required, as every definition of the real exports (ppds-demo, copilot-agentic-business-process) is:
            // import does not stop for a value; the plug-ins refuse to run without one they need.
            Assert.Equal("0", (string?)xml.Element("isrequired"));
            Assert.Equal("0", (string?)xml.Element("secretstore"));
            Assert.Equal(variable.Description, (string?)xml.Element("description")!.Attribute("default"));
        }
    }

    [Fact]
    public void DefinesTheProjectsTablesWithEveryColumnTheirTypesLengthsChoicesAndKeys()
    {
        var entities = Built.Entities.ToDictionary(e => (string)e.Element("Name")!);

        Assert.Equal(DualWriteTables.All.Select(t => t.LogicalName).Order(), entities.Keys.Order());
        Assert.Equal(entities.Keys.Order(), RootComponents(1).Select(r => (string)r.Attribute("schemaName")!).Order());
        foreach (TableDefinition table in DualWriteTables.All)
        {
            XElement entity = entities[table.LogicalName].Element("EntityInfo")!.Element("entity")!;
            var attributes = entity.Element("attributes")!.Elements("attribute").ToDictionary(a => (string)a.Element("LogicalName")!);
            Assert.Equal("primarykey", (string?)attributes[table.PrimaryKey].Element("Type"));
            Assert.Contains("PrimaryName", (string)attributes[table.PrimaryName.LogicalName].Element("DisplayMask")!, StringComparison.Ordinal);
            foreach (ColumnDefinition column in table.AllColumns)
            {
                XElement attribute = attributes[column.LogicalName];
                Assert.Equal(s_columnTypes[column.Type], (string?)attribute.Element("Type"));
                Assert.Equal(column.IsRequired ? "required" : "none", (string?)attribute.Element("RequiredLevel"));
                if (column.MaxLength > 0)
                {
                    Assert.Equal(column.MaxLength, (int)attribute.Element("MaxLength")!);
                }

                // Length only on a single line of text (ppds-demo's ppds_description, an ntext, has none); a whole
                // number's Format is empty (ppds-demo ppds_City's ppds_population, exported in December 2025).
                Assert.Equal(column.Type == ColumnType.Text ? column.MaxLength * 2 : null, (int?)attribute.Element("Length"));
                if (column.Type == ColumnType.WholeNumber)
                {
                    Assert.Equal(string.Empty, (string?)attribute.Element("Format"));
                }

                Assert.Equal(column.Options.Select(o => o.Value), attribute.Descendants("option").Select(o => (int)o.Attribute("value")!));
                Assert.All(column.Options, o => Assert.Equal(PacConfigFile.Load().Solution.Publisher.OptionValuePrefix, o.Value / 10000));
            }

            Assert.Equal(table.AlternateKeys.Select(k => (k.LogicalName, string.Join(",", k.Columns))), entity.Element("EntityKeys")!.Elements("EntityKey")
                .Select(k => ((string)k.Element("LogicalName")!, string.Join(",", k.Element("EntityKeyAttributes")!.Elements("AttributeName").Select(a => (string)a)))));
        }
    }

    [Fact]
    public void TheTablesCarryTheSystemColumnsStateStatusFlagsAndRelationshipsOfARealOrganizationOwnedExport()
    {
        // bravooomike/doz-visits-solution src/Entities/doz_Pharmacy/Entity.xml and src/Other/Relationships/ (November 2025).
        string[] systemColumns =
        [
            "CreatedBy", "CreatedOn", "CreatedOnBehalfBy", "ImportSequenceNumber", "ModifiedBy", "ModifiedOn", "ModifiedOnBehalfBy",
            "OrganizationId", "OverriddenCreatedOn", "statecode", "statuscode", "TimeZoneRuleVersionNumber", "UTCConversionTimeZoneCode",
        ];
        string[] attributeElements =
        [
            "Type", "Name", "LogicalName", "RequiredLevel", "DisplayMask", "ImeMode", "ValidForUpdateApi", "ValidForReadApi", "ValidForCreateApi",
            "IsCustomField", "IsAuditEnabled", "IsSecured", "IntroducedVersion", "IsCustomizable", "IsRenameable", "CanModifySearchSettings",
            "CanModifyRequirementLevelSettings", "CanModifyAdditionalSettings", "SourceType", "IsGlobalFilterEnabled", "IsSortableEnabled",
            "CanModifyGlobalFilterSettings", "CanModifyIsSortableSettings", "IsDataSourceSecret", "AutoNumberFormat", "IsSearchable", "IsFilterable",
            "IsRetrievable", "IsLocalizable",
        ];
        var relationships = Built.Customizations.Element("EntityRelationships")!.Elements("EntityRelationship").ToDictionary(r => (string)r.Attribute("Name")!);

        foreach (TableDefinition table in DualWriteTables.All)
        {
            XElement entity = Built.Entities.Single(e => (string)e.Element("Name")! == table.LogicalName).Element("EntityInfo")!.Element("entity")!;
            var attributes = entity.Element("attributes")!.Elements("attribute").ToList();
            var physicalNames = attributes.Select(a => (string)a.Attribute("PhysicalName")!).ToList();

            Assert.Equal(physicalNames.OrderBy(n => n.ToLowerInvariant(), StringComparer.Ordinal), physicalNames); // the export's order
            Assert.Equal(systemColumns, physicalNames.Where(n => !n.StartsWith("dw_", StringComparison.Ordinal)));
            Assert.Contains(table.LogicalName + "Id", physicalNames);
            Assert.DoesNotContain(physicalNames, n => n.StartsWith("Own", StringComparison.Ordinal) || n == "VersionNumber");
            Assert.All(attributes, a => Assert.Equal(attributeElements.Where(e => a.Element(e) is not null), a.Elements().Take(attributeElements.Count(e => a.Element(e) is not null)).Select(e => e.Name.LocalName)));

            XElement state = attributes.Single(a => (string)a.Attribute("PhysicalName")! == "statecode");
            Assert.Equal([("0", "1", "Active"), ("1", "2", "Inactive")], state.Descendants("state").Select(s => ((string)s.Attribute("value")!, (string)s.Attribute("defaultstatus")!, (string)s.Attribute("invariantname")!)));
            XElement status = attributes.Single(a => (string)a.Attribute("PhysicalName")! == "statuscode");
            Assert.Equal([("1", "0"), ("2", "1")], status.Descendants("status").Select(s => ((string)s.Attribute("value")!, (string)s.Attribute("state")!)));
            Assert.Equal($"{table.LogicalName}_statecode", (string?)state.Element("optionset")!.Attribute("Name"));

            Assert.Equal("OrgOwned", (string?)entity.Element("OwnershipTypeMask"));
            Assert.Equal(s_exportedTableElements, entity.Elements().SkipWhile(e => e.Name.LocalName != "EntitySetName").Select(e => e.Name.LocalName));

            Assert.Equal(("SystemUser", "CreatedBy"), ((string)relationships[$"lk_{table.LogicalName}_createdby"].Element("ReferencedEntityName")!, (string)relationships[$"lk_{table.LogicalName}_createdby"].Element("ReferencingAttributeName")!));
            Assert.Equal(("SystemUser", "ModifiedBy"), ((string)relationships[$"lk_{table.LogicalName}_modifiedby"].Element("ReferencedEntityName")!, (string)relationships[$"lk_{table.LogicalName}_modifiedby"].Element("ReferencingAttributeName")!));
            Assert.Equal(("Organization", "OrganizationId"), ((string)relationships[$"organization_{table.LogicalName}"].Element("ReferencedEntityName")!, (string)relationships[$"organization_{table.LogicalName}"].Element("ReferencingAttributeName")!));
        }

        Assert.Equal(DualWriteTables.All.Count * 3, relationships.Count);
    }

    [Fact]
    public void EveryDataverseNameTheShippedCodeSpellsOutIsDefinedByTheSolution()
    {
        // Tables, columns, keys and environment variables the code reads or writes by name must all ship.
        var defined = Built.EnvironmentVariables.Select(v => (string)v.Attribute("schemaname")!)
            .Concat(Built.Entities.Select(e => (string)e.Element("Name")!))
            .Concat(Built.Entities.Descendants("EntitySetName").Select(e => (string)e))
            .Concat(Built.Entities.Descendants("attribute").Select(a => (string)a.Element("LogicalName")!))
            .Concat(Built.Entities.Descendants("EntityKey").Select(k => (string)k.Element("LogicalName")!))
            .ToHashSet(StringComparer.Ordinal);

        var used = ShippedSourceFiles().SelectMany(f => PublisherNameLiteral().Matches(File.ReadAllText(f)).Select(m => (File: f, Name: m.Groups[1].Value))).ToList();

        Assert.NotEmpty(used); // the table definitions themselves spell their names out
        Assert.All(used, u => Assert.True(defined.Contains(u.Name), $"{Path.GetRelativePath(RepositoryPaths.Root, u.File)} uses '{u.Name}', which the solution does not define."));
    }

    [Fact]
    public void ShipsTheNet462BuildsAndTheirDependenciesButNoSdkOrTestAssembly()
    {
        IReadOnlyDictionary<string, byte[]> package = Built.PluginPackage();
        string pluginFolder = Path.GetDirectoryName(RepositoryPaths.BuildOutput("Plugins", "net462", "DualWrite.Plugins.dll"))!;
        var expectedInPackage = Directory.GetFiles(pluginFolder, "*.dll").Select(f => Path.GetFileName(f)).Where(n => !n.StartsWith("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var shippedAssemblies = package.Where(e => e.Key.EndsWith(".dll", StringComparison.Ordinal)).Concat(Built.Entries.Where(e => e.Key.EndsWith(".dll", StringComparison.Ordinal))).ToList();

        Assert.Equal(expectedInPackage.Select(n => "lib/net462/" + n), package.Keys.Where(k => k.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.OrdinalIgnoreCase));
        foreach (string name in expectedInPackage)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(pluginFolder, name)), package["lib/net462/" + name]);
        }

        KeyValuePair<string, byte[]> activities = Assert.Single(Built.Entries, e => e.Key.EndsWith("/DualWrite.WorkflowActivities.dll", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.BuildOutput("WorkflowActivities", "net462", "DualWrite.WorkflowActivities.dll")), activities.Value);
        Assert.DoesNotContain(shippedAssemblies, e => ForbiddenAssembly().IsMatch(Path.GetFileName(e.Key)));
    }

    [Fact]
    public void PackingTheSameInputsAgainGivesTheSameBytes()
    {
        SolutionInputs inputs = PackCommand.Inputs(RepositoryPaths.Root, RepositoryPaths.Configuration, managed: false);

        byte[] first = SolutionZip.Pack(SolutionGenerator.Generate(inputs));
        byte[] second = SolutionZip.Pack(SolutionGenerator.Generate(inputs));

        Assert.Equal(first, second);
        Assert.Equal(Built.Bytes, first); // the build's zip is this generation's, not an older one
    }

    [Fact]
    public void AManagedPackageDiffersOnlyInItsManagedFlag()
    {
        UnpackedSolution unmanaged = SolutionGenerator.Generate(PackCommand.Inputs(RepositoryPaths.Root, RepositoryPaths.Configuration, managed: false));
        UnpackedSolution managed = SolutionGenerator.Generate(PackCommand.Inputs(RepositoryPaths.Root, RepositoryPaths.Configuration, managed: true));

        string[] changed = [.. unmanaged.Files.Keys.Where(k => !unmanaged.Files[k].AsSpan().SequenceEqual(managed.Files[k]))];
        Assert.Equal(unmanaged.Files.Keys, managed.Files.Keys);
        Assert.Equal([SolutionZip.ManifestPath], changed);
        Assert.Contains("<Managed>1</Managed>", Encoding.UTF8.GetString(managed.Files[SolutionZip.ManifestPath]), StringComparison.Ordinal);
    }

    /// <summary>The table-level elements of doz-visits-solution's doz_Pharmacy, from EntitySetName on, in the export's order.</summary>
    private static readonly string[] s_exportedTableElements =
    [
        "EntitySetName", "IsDuplicateCheckSupported", "IsBusinessProcessEnabled", "IsRequiredOffline", "IsInteractionCentricEnabled", "IsCollaboration",
        "AutoRouteToOwnerQueue", "IsConnectionsEnabled", "IsDocumentManagementEnabled", "AutoCreateAccessTeams", "IsOneNoteIntegrationEnabled",
        "IsKnowledgeManagementEnabled", "IsSLAEnabled", "IsDocumentRecommendationsEnabled", "IsBPFEntity", "OwnershipTypeMask", "IsAuditEnabled",
        "IsRetrieveAuditEnabled", "IsRetrieveMultipleAuditEnabled", "IsActivity", "ActivityTypeMask", "IsActivityParty", "IsReplicated",
        "IsReplicationUserFiltered", "IsMailMergeEnabled", "IsVisibleInMobile", "IsVisibleInMobileClient", "IsReadOnlyInMobileClient",
        "IsOfflineInMobileClient", "DaysSinceRecordLastModified", "MobileOfflineFilters", "IsMapiGridEnabled", "IsReadingPaneEnabled",
        "IsQuickCreateEnabled", "SyncToExternalSearchIndex", "IntroducedVersion", "IsCustomizable", "IsRenameable", "IsMappable",
        "CanModifyAuditSettings", "CanModifyMobileVisibility", "CanModifyMobileClientVisibility", "CanModifyMobileClientReadOnly",
        "CanModifyMobileClientOffline", "CanModifyConnectionSettings", "CanModifyDuplicateDetectionSettings", "CanModifyMailMergeSettings",
        "CanModifyQueueSettings", "CanCreateAttributes", "CanCreateForms", "CanCreateCharts", "CanCreateViews", "CanModifyAdditionalSettings",
        "CanEnableSyncToExternalSearchIndex", "EnforceStateTransitions", "CanChangeHierarchicalRelationship", "EntityHelpUrlEnabled",
        "ChangeTrackingEnabled", "CanChangeTrackingBeEnabled", "IsEnabledForExternalChannels", "IsMSTeamsIntegrationEnabled", "IsSolutionAware",
    ];

    private static readonly Dictionary<ColumnType, string> s_columnTypes = new()
    {
        [ColumnType.Text] = "nvarchar",
        [ColumnType.MultilineText] = "ntext",
        [ColumnType.WholeNumber] = "int",
        [ColumnType.DateAndTime] = "datetime",
        [ColumnType.Choice] = "picklist",
    };

    private static string PackageName => $"{PacConfigFile.Load().Solution.Publisher.Prefix}_DualWrite.Plugins";

    private static IEnumerable<XElement> RootComponents(int type) =>
        Built.Manifest.Descendants("RootComponent").Where(r => (int)r.Attribute("type")! == type);

    private static string[] Csv(XElement? element) => ((string?)element ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static void AssertImages(PluginStep step, XElement xml)
    {
        var images = xml.Element("SdkMessageProcessingStepImages")!.Elements("SdkMessageProcessingStepImage").ToList();
        Assert.Equal(step.Images.Count, images.Count);
        foreach (StepImage image in step.Images)
        {
            XElement imageXml = Assert.Single(images, i => (string?)i.Element("EntityAlias") == image.Alias);
            Assert.Equal(image.Attributes, Csv(imageXml.Element("Attributes")));
            Assert.Equal((int)image.ImageType, (int)imageXml.Element("ImageType")!);
            Assert.Equal(image.MessagePropertyName, (string?)imageXml.Element("MessagePropertyName"));
            if (step.Message == "Create")
            {
                Assert.Equal("Id", (string?)imageXml.Element("MessagePropertyName")); // as the registration tool writes a Create image's
            }
        }
    }

    private static IEnumerable<string> ShippedSourceFiles() =>
        new[] { "Plugins", "WorkflowActivities", "Common" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("\"(dw_[A-Za-z0-9_]+)\"")]
    private static partial Regex PublisherNameLiteral();

    [GeneratedRegex(@"^(Microsoft\.Xrm\.Sdk.*|Microsoft\.Crm\.Sdk.*|System\.Activities|System\.ServiceModel|.*Tests?|.*Testing|DualWrite\.SolutionPacker|DualWrite\.Deploy|xunit.*)\.dll$", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenAssembly();
}
