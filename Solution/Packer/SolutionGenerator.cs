using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.Components;
using DualWrite.SolutionPacker.Packaging;

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

        AddPluginPackage(inputs, solution, roots);
        AddActivityAssembly(inputs, solution, roots);
        AddSteps(inputs, solution, roots);

        foreach (EnvironmentVariableDefinition variable in inputs.EnvironmentVariables)
        {
            solution.Add($"environmentvariabledefinitions/{variable.SchemaName}/environmentvariabledefinition.xml", XmlBytes.Of(EnvironmentVariableXml.Create(variable, version), declaration: false));
            roots.Add(RootComponent.EnvironmentVariable(variable.SchemaName));
        }

        solution.Add(SolutionZip.ManifestPath, XmlBytes.Of(SolutionManifestXml.Create(inputs.Solution, inputs.Managed, roots)));
        return solution;
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
    /// a classic assembly registration cannot carry. The assembly's plug-in types are listed as a package-owned
    /// pluginassembly without content of its own, so steps can name their plug-in type by a stable id.
    /// </summary>
    private static void AddPluginPackage(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        ShippedAssembly assembly = inputs.PluginAssembly;
        if (assembly.Types.FirstOrDefault(t => t.Kind == RegisteredTypeKind.WorkflowActivity) is { } activity)
        {
            throw new InvalidDataException($"{assembly.FilePath}: {activity.FullName} is a workflow activity, and a plug-in package cannot hold one; move it to WorkflowActivities/.");
        }

        string name = PluginPackageName(inputs);
        byte[] nupkg = PluginPackageNupkg.Create(
            assembly.Name,
            inputs.Solution.Version,
            inputs.Solution.Publisher.DisplayName,
            inputs.Solution.Description,
            new[] { assembly.FilePath }.Concat(inputs.PluginDependencies));
        solution.Add($"pluginpackages/{name}/pluginpackage.xml", XmlBytes.Of(PluginPackageXml.Create(name, inputs.Solution.Version, name + ".nupkg"), declaration: false));
        solution.Add($"pluginpackages/{name}/package/{name}.nupkg", nupkg);

        Guid id = ComponentIds.PluginAssembly(assembly.Name);
        string folder = $"PluginAssemblies/{assembly.Name}-{id.ToString().ToUpperInvariant()}";
        solution.Add($"{folder}/{assembly.Name}.dll.data.xml", XmlBytes.Of(PluginAssemblyXml.Create(assembly, inputs.Solution.Version, fileName: null, inputs.Solution.DisplayName)));
        roots.Add(RootComponent.PluginAssembly(id, assembly.FullName));
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

    private static void AddSteps(SolutionInputs inputs, UnpackedSolution solution, List<RootComponent> roots)
    {
        ShippedAssembly assembly = inputs.PluginAssembly;
        foreach (PluginStep step in inputs.Steps.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            RegisteredType type = assembly.Types.FirstOrDefault(t => t.Kind == RegisteredTypeKind.Plugin && t.FullName == step.PluginType.FullName)
                ?? throw new InvalidDataException($"Step '{step.Name}' runs {step.PluginType.FullName}, which {assembly.FilePath} does not hold as a public, concrete IPlugin.");

            Guid id = ComponentIds.Step(step.Name);
            solution.Add($"SdkMessageProcessingSteps/{StepXml.Braced(id.ToString())}.xml", XmlBytes.Of(StepXml.Create(step, assembly, type, inputs.Solution.Version)));
            roots.Add(RootComponent.Step(id));
        }
    }
}
