using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.App;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.Components;
using DualWrite.SolutionPacker.Packaging;
using DualWrite.SolutionPacker.Processes;
using DualWrite.SolutionPacker.Security;

namespace DualWrite.SolutionPacker;

/// <summary>
/// Generates the unpacked solution from its inputs: the plug-in package, both assemblies' plug-in types, the steps
/// with their images, the environment variable definitions and the project's tables, plus the hand-authored parts
/// of Solution/src. Inputs that would not import are refused with a message naming the step, type or setting.
/// </summary>
internal static class SolutionGenerator
{
    public static UnpackedSolution Generate(SolutionInputs inputs)
    {
        CheckPublisher(inputs);
        string version = inputs.Solution.Version;
        var solution = new UnpackedSolution();
        var roots = new List<RootComponent>();

        foreach (string file in Directory.EnumerateFiles(inputs.SourceDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            solution.Add(Path.GetRelativePath(inputs.SourceDirectory, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        foreach (TableDefinition table in inputs.Tables)
        {
            solution.Add($"Entities/{table.LogicalName}/Entity.xml", XmlBytes.Of(EntityXml.Create(table, version)));
            roots.Add(RootComponent.Entity(table.LogicalName));
        }

        AddRelationships(inputs, solution);

        AddPluginPackage(inputs, solution, roots);
        AddActivityAssembly(inputs, solution, roots);
        AddSteps(inputs, solution, roots);

        AddActions(inputs, solution, roots);
        AddOnDemandWorkflows(inputs, solution, roots);
        AddRoles(inputs, solution, roots);
        AddAdministrationApp(inputs, solution, roots);

        foreach (EnvironmentVariableDefinition variable in inputs.EnvironmentVariables)
        {
            solution.Add($"environmentvariabledefinitions/{variable.SchemaName}/environmentvariabledefinition.xml", XmlBytes.Of(EnvironmentVariableXml.Create(variable, version), declaration: false));
            roots.Add(RootComponent.EnvironmentVariable(variable.SchemaName));
        }

        solution.Add(SolutionZip.ManifestPath, XmlBytes.Of(SolutionManifestXml.Create(inputs.Solution, inputs.Managed, roots)));
        return solution;
    }

    /// <summary>The tables' relationships to system tables, in pac solution unpack's layout (an index and one file per referenced table).</summary>
    private static void AddRelationships(SolutionInputs inputs, UnpackedSolution solution)
    {
        var relationships = inputs.Tables.SelectMany(t => OrganizationOwnedColumns.Relationships(t).Select(r => (Table: t, Relationship: r))).ToList();
        if (relationships.Count == 0)
        {
            return;
        }

        solution.Add(SolutionZip.RelationshipsIndexPath, XmlBytes.Of(RelationshipXml.Index(relationships.Select(r => r.Relationship))));
        foreach (var referenced in relationships.GroupBy(r => r.Relationship.ReferencedEntity, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            solution.Add($"{SolutionZip.RelationshipsFolder}{referenced.Key}.xml", XmlBytes.Of(RelationshipXml.ReferencedBy(referenced, inputs.Solution.Version)));
        }
    }

    /// <summary>The plug-in package's unique name: the publisher prefix and the assembly name.</summary>
    public static string PluginPackageName(SolutionInputs inputs) => $"{inputs.Solution.Publisher.Prefix}_{inputs.PluginAssembly.Name}";

    private static void CheckPublisher(SolutionInputs inputs)
    {
        Configuration.PublisherSettings publisher = inputs.Solution.Publisher;
        if (publisher.OptionValuePrefix != OptionValues.PublisherPrefix)
        {
            throw new InvalidDataException($"pac.config: 'solution.publisher.optionValuePrefix' is {publisher.OptionValuePrefix}, but the tables' choice values (Common/Tables/OptionValues.cs) use {OptionValues.PublisherPrefix}; change both together.");
        }

        string prefix = publisher.Prefix + "_";
        foreach (string name in inputs.Tables.Select(t => t.LogicalName).Concat(inputs.EnvironmentVariables.Select(v => v.SchemaName)).Where(n => !n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"pac.config: the publisher prefix is '{publisher.Prefix}', but '{name}' does not start with '{prefix}'.");
        }
    }

    /// <summary>
    /// The plug-in assembly ships in a plug-in package (pluginpackages/), a nupkg holding it and its dependencies, which
    /// a classic assembly registration cannot carry. As in real exports (joshsmithxrm/ppds-demo
    /// solutions/PPDSDemo/src, 2025: a package beside a classic assembly), the package's assembly has no PluginAssembly
    /// element or .dll.data.xml: the package import creates the assembly and its types, and the solution keeps only
    /// the assembly's root component. Steps name the package's types by <see cref="PluginTypeExportKey"/>.
    /// </summary>
    private static void AddPluginPackage(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        ShippedAssembly assembly = inputs.PluginAssembly;
        if (assembly.Types.FirstOrDefault(t => t.Kind == RegisteredTypeKind.WorkflowActivity) is { } activity)
        {
            throw new InvalidDataException($"{assembly.FilePath}: {activity.FullName} is a workflow activity, and a plug-in package cannot hold one; move it to WorkflowActivities/.");
        }

        string name = PluginPackageName(inputs);
        string version = PluginPackageVersion(inputs.Solution.Version);
        byte[] nupkg = PluginPackageNupkg.Create(
            assembly.Name,
            version,
            inputs.Solution.Publisher.DisplayName,
            inputs.Solution.Description,
            new[] { assembly.FilePath }.Concat(inputs.PluginDependencies));
        solution.Add($"pluginpackages/{name}/pluginpackage.xml", XmlBytes.Of(PluginPackageXml.Create(name, version, name + ".nupkg"), declaration: false));
        solution.Add($"pluginpackages/{name}/package/{name}.nupkg", nupkg);
        roots.Add(RootComponent.PluginAssembly(ComponentIds.PluginAssembly(assembly.Name), assembly.FullName));
    }

    /// <summary>
    /// The package's version in three parts (major.minor.build), as exports write it (1.0.0 in both
    /// joshsmithxrm/ppds-demo and microsoft/copilot-agentic-business-process) and as NuGet normalizes a fourth part of 0.
    /// </summary>
    public static string PluginPackageVersion(string solutionVersion)
    {
        Version version = Version.Parse(solutionVersion);
        return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
    }

    /// <summary>Workflow activities ship as a classic signed assembly: PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/ with the dll.</summary>
    private static void AddActivityAssembly(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        ShippedAssembly assembly = inputs.ActivityAssembly;
        Guid id = ComponentIds.PluginAssembly(assembly.Name);
        string folder = $"PluginAssemblies/{assembly.Name}-{id.ToString().ToUpperInvariant()}";
        solution.Add($"{folder}/{assembly.Name}.dll", File.ReadAllBytes(assembly.FilePath));
        solution.Add($"{folder}/{assembly.Name}.dll.data.xml", XmlBytes.Of(PluginAssemblyXml.Create(assembly, inputs.Solution.Version, $"/{folder}/{assembly.Name}.dll", inputs.Solution.DisplayName)));
        roots.Add(RootComponent.PluginAssembly(id, assembly.FullName));
    }

    /// <summary>One custom process action per inbound activity (Workflows/: the XAML and its Workflow element), its parameters the activity's arguments.</summary>
    private static void AddActions(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        foreach (ProcessAction action in inputs.Actions)
        {
            RegisteredType activity = ShippedActivity(inputs, action.ActivityType, $"Action '{action.UniqueName}'");
            Guid id = ComponentIds.Workflow(action.UniqueName);
            string file = WorkflowXml.XamlFileName(action.UniqueName, id);
            solution.Add($"Workflows/{file}", XmlBytes.Of(WorkflowXaml.ForAction(id, inputs.ActivityAssembly, activity)));
            solution.Add($"Workflows/{file}.data.xml", XmlBytes.Of(WorkflowXml.Action(id, action, activity.Description ?? action.DisplayName, "/Workflows/" + file, inputs.Solution.Version)));
            roots.Add(RootComponent.Workflow(id));
        }
    }

    /// <summary>The on-demand workflows an administrator runs on selected rows, each running a shipped activity with columns of the row.</summary>
    private static void AddOnDemandWorkflows(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        foreach (OnDemandWorkflow workflow in inputs.OnDemandWorkflows)
        {
            RegisteredType activity = ShippedActivity(inputs, workflow.ActivityType, $"Workflow '{workflow.Name}'");
            foreach (string argument in workflow.InputColumns.Keys.Where(a => !activity.Arguments.Any(x => x.IsInput && x.Name == a)))
            {
                throw new InvalidDataException($"Workflow '{workflow.Name}' binds '{argument}', which is not an input argument of {activity.FullName}.");
            }

            Guid id = ComponentIds.Workflow(workflow.Name);
            string file = WorkflowXml.XamlFileName(workflow.Name, id);
            solution.Add($"Workflows/{file}", XmlBytes.Of(WorkflowXaml.ForRecord(id, inputs.ActivityAssembly, activity, workflow)));
            solution.Add($"Workflows/{file}.data.xml", XmlBytes.Of(WorkflowXml.OnDemand(id, workflow, "/Workflows/" + file, inputs.Solution.Version)));
            roots.Add(RootComponent.Workflow(id));
        }
    }

    private static RegisteredType ShippedActivity(SolutionInputs inputs, string typeName, string usedBy) =>
        inputs.ActivityAssembly.Types.FirstOrDefault(t => t.Kind == RegisteredTypeKind.WorkflowActivity && t.FullName == typeName)
        ?? throw new InvalidDataException($"{usedBy} runs {typeName}, which {inputs.ActivityAssembly.FilePath} does not hold as a public, concrete CodeActivity.");

    private static void AddRoles(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        foreach (SecurityRole role in inputs.Roles)
        {
            solution.Add($"Roles/{role.Name}.xml", XmlBytes.Of(RoleXml.Create(role)));
            roots.Add(RootComponent.Role(ComponentIds.Role(role.Name)));
        }
    }

    /// <summary>The administration app: its views and main forms (parts of the tables), the app module and its site map.</summary>
    private static void AddAdministrationApp(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        string version = inputs.Solution.Version;
        var views = new List<Guid>();
        foreach (AdministrationView view in inputs.Views)
        {
            TableDefinition table = inputs.Tables.FirstOrDefault(t => t.LogicalName == view.Table)
                ?? throw new InvalidDataException($"View '{view.Name}' is of table '{view.Table}', which the solution does not define.");
            Guid id = ComponentIds.SavedQuery(table.LogicalName, view.Name);
            solution.Add($"Entities/{table.LogicalName}/SavedQueries/{StepXml.Braced(id.ToString())}.xml", XmlBytes.Of(SavedQueryXml.Create(table, view, version)));
            views.Add(id);
        }

        foreach (TableDefinition table in inputs.Tables)
        {
            solution.Add($"Entities/{table.LogicalName}/FormXml/main/{StepXml.Braced(SystemFormXml.Id(table).ToString())}.xml", XmlBytes.Of(SystemFormXml.Create(table, version)));
        }

        string app = AdministrationApp.UniqueName;
        solution.Add($"AppModuleSiteMaps/{app}/AppModuleSiteMap.xml", XmlBytes.Of(SiteMapXml.Create(inputs.Tables)));
        solution.Add(
            $"AppModules/{app}/AppModule.xml",
            XmlBytes.Of(AppModuleXml.Create(
                version,
                inputs.Tables.Select(t => t.LogicalName).Append(AdministrationApp.EnvironmentVariableTable),
                views,
                inputs.Tables.Select(SystemFormXml.Id),
                inputs.Roles.Select(r => ComponentIds.Role(r.Name)))));
        roots.Add(RootComponent.SiteMap(app));
        roots.Add(RootComponent.AppModule(app));
    }

    private static void AddSteps(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        ShippedAssembly assembly = inputs.PluginAssembly;
        string package = PluginPackageName(inputs);
        foreach (PluginStep step in inputs.Steps.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            RegisteredType type = assembly.Types.FirstOrDefault(t => t.Kind == RegisteredTypeKind.Plugin && t.FullName == step.PluginType.FullName)
                ?? throw new InvalidDataException($"Step '{step.Name}' runs {step.PluginType.FullName}, which {assembly.FilePath} does not hold as a public, concrete IPlugin.");

            Guid id = ComponentIds.Step(step.Name);
            solution.Add($"SdkMessageProcessingSteps/{StepXml.Braced(id.ToString())}.xml", XmlBytes.Of(StepXml.Create(step, assembly, type, package, inputs.Solution.Version)));
            roots.Add(RootComponent.Step(id));
        }
    }
}
