using System;
using DualWrite.SolutionPacker.Identity;

namespace DualWrite.SolutionPacker.Components;

/// <summary>The ids of the solution's components, each derived from names that stay the same from build to build.</summary>
public static class ComponentIds
{
    public static Guid PluginAssembly(string assemblyName) => DeterministicGuid.For("pluginassembly/" + assemblyName);

    public static Guid PluginType(string assemblyName, string typeFullName) => DeterministicGuid.For($"plugintype/{assemblyName}/{typeFullName}");

    public static Guid Step(string stepName) => DeterministicGuid.For("sdkmessageprocessingstep/" + stepName);

    /// <summary>A process (action or workflow), by its unique or display name.</summary>
    public static Guid Workflow(string name) => DeterministicGuid.For("workflow/" + name);

    public static Guid Role(string name) => DeterministicGuid.For("role/" + name);

    public static Guid SavedQuery(string table, string name) => DeterministicGuid.For($"savedquery/{table}/{name}");

    public static Guid SystemForm(string table, string name) => DeterministicGuid.For($"systemform/{table}/{name}");

    public static Guid StepImage(string stepName, string alias) => DeterministicGuid.For($"sdkmessageprocessingstepimage/{stepName}/{alias}");
}
