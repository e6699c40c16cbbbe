using System;
using DualWrite.SolutionPacker.Identity;

namespace DualWrite.SolutionPacker.Components;

/// <summary>The ids of the solution's components, each derived from names that stay the same from build to build.</summary>
public static class ComponentIds
{
    public static Guid PluginAssembly(string assemblyName) => DeterministicGuid.For("pluginassembly/" + assemblyName);

    public static Guid PluginType(string assemblyName, string typeFullName) => DeterministicGuid.For($"plugintype/{assemblyName}/{typeFullName}");

    public static Guid Step(string stepName) => DeterministicGuid.For("sdkmessageprocessingstep/" + stepName);

    public static Guid StepImage(string stepName, string alias) => DeterministicGuid.For($"sdkmessageprocessingstepimage/{stepName}/{alias}");
}
