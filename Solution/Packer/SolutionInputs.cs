using System.Collections.Generic;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.App;
using DualWrite.SolutionPacker.Configuration;
using DualWrite.SolutionPacker.Processes;
using DualWrite.SolutionPacker.Security;

namespace DualWrite.SolutionPacker;

/// <summary>Everything the solution is generated from: pac.config, the net462 builds, and the code's own definitions.</summary>
/// <param name="SourceDirectory">Solution/src: the hand-authored parts ([Content_Types].xml, Other/Customizations.xml).</param>
/// <param name="PluginAssembly">The plug-in assembly; it ships in a plug-in package.</param>
/// <param name="PluginDependencies">The assemblies that ship beside it in the package.</param>
/// <param name="ActivityAssembly">The workflow activity assembly; it ships as a classic signed assembly.</param>
internal sealed record SolutionInputs(
    SolutionSettings Solution,
    bool Managed,
    string SourceDirectory,
    ShippedAssembly PluginAssembly,
    IReadOnlyList<string> PluginDependencies,
    ShippedAssembly ActivityAssembly,
    IReadOnlyList<PluginStep> Steps,
    IReadOnlyList<EnvironmentVariableDefinition> EnvironmentVariables,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<ProcessAction> Actions,
    IReadOnlyList<OnDemandWorkflow> OnDemandWorkflows,
    IReadOnlyList<SecurityRole> Roles,
    IReadOnlyList<AdministrationView> Views);
