using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DualWrite.SolutionPacker;
using DualWrite.SolutionPacker.Packaging;
using DualWrite.SolutionPacker.Processes;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk.Workflow;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>
/// What makes the imported solution operable, checked in the zip the build packed: the inbound actions and on-demand
/// replay workflows, the security roles, and the administration app with its views and forms.
/// </summary>
public sealed partial class OperableSolutionTests
{
    private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";
    private static readonly Lazy<BuiltSolution> s_built = new(BuiltSolution.Open);

    private static BuiltSolution Built => s_built.Value;

    private static IEnumerable<XElement> Workflows => Built.Customizations.Element("Workflows")!.Elements("Workflow");

    private static IEnumerable<XElement> RootComponents => Built.Manifest.Element("SolutionManifest")!.Element("RootComponents")!.Elements("RootComponent");

    [Fact]
    public void EveryProcessRoleAndTheAppAreRootComponentsOfTheSolution()
    {
        string[] Roots(int type, string attribute) => [.. RootComponents.Where(r => (int)r.Attribute("type")! == type).Select(r => ((string)r.Attribute(attribute)!).ToLowerInvariant())];
        XElement customizations = Built.Customizations;

        Assert.Equal(6, Workflows.Count());
        Assert.Equal(Workflows.Select(w => ((string)w.Attribute("WorkflowId")!).ToLowerInvariant()).Order(), Roots(29, "id").Order());
        Assert.Equal(2, customizations.Element("Roles")!.Elements("Role").Count());
        Assert.Equal(customizations.Element("Roles")!.Elements("Role").Select(r => ((string)r.Attribute("id")!).ToLowerInvariant()).Order(), Roots(20, "id").Order());
        string app = (string)Assert.Single(customizations.Element("AppModules")!.Elements("AppModule")).Element("UniqueName")!;
        string siteMap = (string)Assert.Single(customizations.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap")).Element("SiteMapUniqueName")!;
        Assert.Equal([app.ToLowerInvariant()], Roots(80, "schemaName"));
        Assert.Equal([siteMap.ToLowerInvariant()], Roots(62, "schemaName"));
        foreach (XElement workflow in Workflows)
        {
            Assert.True(Built.Entries.ContainsKey(((string)workflow.Element("XamlFileName")!).TrimStart('/')), $"{workflow.Attribute("Name")}: its XAML is not in the zip.");
        }
    }

    [Fact]
    public void EachInboundActivityHasAGlobalSynchronousActionNamedAsTheIssueAsks()
    {
        XElement[] actions = [.. Workflows.Where(w => (string?)w.Element("Category") == "3")];

        Assert.Equal(["dw_ApplyFinanceConfirmation", "dw_ImportFinanceDocument", "dw_QueueInitialSync", "dw_ReplayFailedSyncs"], actions.Select(a => (string)a.Element("UniqueName")!).Order(StringComparer.Ordinal));
        Assert.All(actions, a =>
        {
            Assert.Equal("none", (string?)a.Element("PrimaryEntity"));
            Assert.Equal("1", (string?)a.Element("Mode"));
            Assert.Equal("1", (string?)a.Element("IsTransacted"));
            Assert.Equal("0", (string?)a.Element("OnDemand"));
        });
    }

    [Theory]
    [InlineData("dw_ApplyFinanceConfirmation", typeof(ApplyFinanceConfirmationActivity))]
    [InlineData("dw_ImportFinanceDocument", typeof(ImportFinanceDocumentActivity))]
    [InlineData("dw_ReplayFailedSyncs", typeof(ReplayFailedSyncsActivity))]
    [InlineData("dw_QueueInitialSync", typeof(QueueInitialSyncActivity))]
    public void AnActionsDefinitionRunsTheShippedActivityWithItsArgumentsExactly(string uniqueName, Type activity)
    {
        XElement xaml = Xaml(Assert.Single(Workflows, w => (string?)w.Element("UniqueName") == uniqueName));
        (string Name, bool IsInput)[] arguments = [.. ArgumentsOf(activity)];

        XElement invocation = Assert.Single(CustomActivities(xaml));
        string[] parts = ((string)invocation.Attribute("AssemblyQualifiedName")!).Split(", ", 2);
        Assert.Equal(activity.FullName, parts[0]);
        Assert.Equal(activity.Assembly.GetName().Name, new AssemblyName(parts[1]).Name);
        Assert.Equal(activity.Assembly.GetName().Version, new AssemblyName(parts[1]).Version);

        // The action's parameters: every argument, by name and direction, nothing else beside the workflow's own members.
        var parameters = xaml.Element(X + "Members")!.Elements(X + "Property")
            .Where(p => (string?)p.Attribute("Name") is not ("InputEntities" or "CreatedEntities"))
            .Select(p => ((string)p.Attribute("Name")!, ((string)p.Attribute("Type")!).StartsWith("InArgument(", StringComparison.Ordinal)));
        Assert.Equal(arguments.Order(), parameters.Order());

        // The step passes each parameter to the argument of the same name.
        var bindings = invocation.Descendants().Where(e => e.Attribute(X + "Key") is not null)
            .Select(b => ((string)b.Attribute(X + "Key")!, b.Name.LocalName == "InArgument", b.Value));
        Assert.Equal(arguments.Select(a => (a.Name, a.IsInput, $"[{a.Name}]")).Order(), bindings.Order());
    }

    [Fact]
    public void TheReplayWorkflowsRunOnDemandOnTheOutboxAndTheSyncStatesWithTheReplayActivity()
    {
        XElement[] onDemand = [.. Workflows.Where(w => (string?)w.Element("OnDemand") == "1")];

        Assert.Equal(["dw_outbox", "dw_syncstate"], onDemand.Select(w => (string)w.Element("PrimaryEntity")!).Order(StringComparer.Ordinal));
        Assert.All(onDemand, w =>
        {
            Assert.Equal("0", (string?)w.Element("Category"));
            XElement xaml = Xaml(w);
            Assert.StartsWith(typeof(ReplayFailedSyncsActivity).FullName + ",", (string)Assert.Single(CustomActivities(xaml)).Attribute("AssemblyQualifiedName")!, StringComparison.Ordinal);
            string[] read = [.. xaml.Descendants().Where(e => e.Name.LocalName == "GetEntityProperty").Select(e => (string)e.Attribute("Attribute")!)];
            Assert.Equal(["dw_sourceid", "dw_sourcetable"], read.Order(StringComparer.Ordinal));
            Assert.All(read, column => Assert.Contains(column, EntityColumns((string)w.Element("PrimaryEntity")!)));
        });
    }

    [Fact]
    public void EveryRolePrivilegeIsAnAccessToATableThatExists()
    {
        DataverseSchema schema = ProjectOperationsSchema.NewOrganization().Schema;
        XElement[] roles = [.. Built.Customizations.Element("Roles")!.Elements("Role")];

        Assert.Equal(["DualWrite Finance integration", "DualWrite administrator"], roles.Select(r => (string)r.Attribute("name")!).Order(StringComparer.Ordinal));
        foreach (XElement privilege in roles.SelectMany(r => r.Element("RolePrivileges")!.Elements("RolePrivilege")))
        {
            Match name = Privilege().Match((string)privilege.Attribute("name")!);
            Assert.True(name.Success, $"{privilege.Attribute("name")} is not named prv<Access><Table>.");
            Assert.True(schema.Contains(name.Groups["table"].Value.ToLowerInvariant()), $"{privilege.Attribute("name")} names table {name.Groups["table"].Value}, which does not exist.");
            Assert.Equal("Global", (string?)privilege.Attribute("level"));
        }
    }

    [Fact]
    public void TheFinanceIntegrationRoleCannotDeleteAnythingNorTouchTheOutbox()
    {
        XElement role = Assert.Single(Built.Customizations.Element("Roles")!.Elements("Role"), r => (string?)r.Attribute("name") == "DualWrite Finance integration");
        string[] privileges = [.. role.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!)];

        Assert.DoesNotContain(privileges, p => p.StartsWith("prvDelete", StringComparison.Ordinal) || p.EndsWith("dw_outbox", StringComparison.Ordinal));
        Assert.Contains("prvWritedw_syncstate", privileges);
        Assert.Contains("prvReadEnvironmentVariableDefinition", privileges);
    }

    [Fact]
    public void EveryViewAndFormNamesColumnsItsTableHas()
    {
        foreach (XElement entity in Built.Entities)
        {
            string table = (string)entity.Element("Name")!;
            HashSet<string> columns = EntityColumns(table);
            XElement[] views = [.. entity.Element("SavedQueries")!.Descendants("savedquery")];
            Assert.NotEmpty(views);
            foreach (XElement view in views)
            {
                string name = (string)view.Descendants("LocalizedName").First().Attribute("description")!;
                IEnumerable<string> named = view.Descendants("cell").Select(c => (string)c.Attribute("name")!)
                    .Concat(view.Descendants("attribute").Select(a => (string)a.Attribute("name")!))
                    .Concat(view.Descendants("condition").Select(c => (string)c.Attribute("attribute")!))
                    .Concat(view.Descendants("order").Select(o => (string)o.Attribute("attribute")!));
                Assert.All(named, c => Assert.True(columns.Contains(c), $"View '{name}' of {table} names column {c}, which {table} does not have."));
            }

            XElement form = Assert.Single(entity.Element("FormXml")!.Descendants("systemform"));
            Assert.All(form.Descendants("control"), c => Assert.Contains((string)c.Attribute("datafieldname")!, columns));
        }
    }

    [Fact]
    public void TheViewsAreTheOnesAnAdministratorWorksFromAndTheErrorReadsInFullOnTheForms()
    {
        string[] views = [.. Built.Entities.SelectMany(e => e.Element("SavedQueries")!.Descendants("savedquery")).Select(v => (string)v.Descendants("LocalizedName").First().Attribute("description")!)];

        Assert.Equal(["Delivered in the last day", "Failed changes", "Failed syncs", "Pending changes", "Pending syncs", "Rejected by Finance", "Waiting for a parent"], views.Order(StringComparer.Ordinal));
        foreach (XElement entity in Built.Entities)
        {
            XElement lastError = Assert.Single(entity.Descendants("control"), c => (string?)c.Attribute("datafieldname") == "dw_lasterror");
            Assert.True((int?)lastError.Parent!.Attribute("rowspan") > 1, "the last error's cell spans rows so the text reads in full");
        }
    }

    [Fact]
    public void TheAppShowsTheTablesViewsAndFormsItShipsAndItsSiteMapListsThem()
    {
        XElement app = Built.Customizations.Element("AppModules")!.Element("AppModule")!;
        string[] ids = [.. Built.Entities.SelectMany(e => e.Descendants("savedqueryid").Concat(e.Descendants("formid"))).Select(i => i.Value.ToLowerInvariant())];
        var components = app.Element("AppModuleComponents")!.Elements("AppModuleComponent").ToArray();

        Assert.Equal(ids.Order(), components.Where(c => (string?)c.Attribute("type") is "26" or "60").Select(c => ((string)c.Attribute("id")!).ToLowerInvariant()).Order());
        Assert.Equal(["dw_outbox", "dw_syncstate", "environmentvariabledefinition"], components.Where(c => (string?)c.Attribute("type") == "1").Select(c => (string)c.Attribute("schemaName")!).Order(StringComparer.Ordinal));
        XElement siteMap = Built.Customizations.Element("AppModuleSiteMaps")!.Element("AppModuleSiteMap")!;
        Assert.Equal(["dw_outbox", "dw_syncstate", "environmentvariabledefinition"], siteMap.Descendants("SubArea").Select(s => (string)s.Attribute("Entity")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, app.Element("AppModuleRoleMaps")!.Elements("Role").Count());
    }

    [Fact]
    public void ComponentIdsStayTheSameWhenTheSolutionIsBuiltAgainAtAnotherVersion()
    {
        SolutionInputs inputs = PackCommand.Inputs(RepositoryPaths.Root, RepositoryPaths.Configuration, managed: false);
        SolutionInputs later = inputs with { Solution = inputs.Solution with { Version = "1.0.1.0" } };

        Assert.Equal(ComponentIdsOf(SolutionGenerator.Generate(inputs)), ComponentIdsOf(SolutionGenerator.Generate(later)));
        Assert.NotEmpty(ComponentIdsOf(SolutionGenerator.Generate(inputs)));
    }

    private static string[] ComponentIdsOf(UnpackedSolution solution)
    {
        XElement customizations = XDocument.Load(new System.IO.MemoryStream(Unzip(SolutionZip.Pack(solution), "customizations.xml"))).Root!;
        return
        [
            .. customizations.Descendants("Workflow").Select(w => (string)w.Attribute("WorkflowId")!),
            .. customizations.Descendants("Role").Where(r => r.Parent!.Name == "Roles").Select(r => (string)r.Attribute("id")!),
            .. customizations.Descendants("savedqueryid").Select(i => i.Value),
            .. customizations.Descendants("formid").Select(i => i.Value),
        ];
    }

    private static byte[] Unzip(byte[] zip, string entry)
    {
        using var archive = new System.IO.Compression.ZipArchive(new System.IO.MemoryStream(zip));
        using var stream = archive.GetEntry(entry)!.Open();
        using var copy = new System.IO.MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static XElement Xaml(XElement workflow) => Built.Xml(((string)workflow.Element("XamlFileName")!).TrimStart('/'));

    /// <summary>The activity references that are not the platform's own (Microsoft.Crm.Workflow): the custom activities a process runs.</summary>
    private static IEnumerable<XElement> CustomActivities(XElement xaml) =>
        xaml.Descendants().Where(e => e.Name.LocalName == "ActivityReference" && !((string)e.Attribute("AssemblyQualifiedName")!).StartsWith("Microsoft.Crm.Workflow.", StringComparison.Ordinal));

    /// <summary>The activity's [Input] and [Output] arguments, by reflection on the type the tests load.</summary>
    private static IEnumerable<(string Name, bool IsInput)> ArgumentsOf(Type activity) =>
        activity.GetProperties()
            .Where(p => typeof(Argument).IsAssignableFrom(p.PropertyType))
            .Select(p => (p.Name, p.GetCustomAttribute<InputAttribute>() is not null));

    private static HashSet<string> EntityColumns(string table) =>
        [.. Assert.Single(Built.Entities, e => (string?)e.Element("Name") == table).Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Elements("attribute").Select(a => ((string)a.Attribute("PhysicalName")!).ToLowerInvariant())];

    [GeneratedRegex("^prv(?<access>Create|Read|Write|Delete|AppendTo|Append|Assign|Share)(?<table>[A-Za-z0-9_]+)$")]
    private static partial Regex Privilege();
}
