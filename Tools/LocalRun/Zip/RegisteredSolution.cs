using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;

namespace DualWrite.LocalRun.Zip;

/// <summary>What a solution zip registers, resolved in the local net10.0 builds: its plug-in steps, its workflow activity types and its actions.</summary>
public sealed class RegisteredSolution
{
    public RegisteredSolution(string zipPath, IReadOnlyList<PluginStep> steps, IReadOnlyList<Type> activityTypes, IReadOnlyList<RegisteredAction> actions)
    {
        ZipPath = zipPath;
        Steps = steps;
        ActivityTypes = activityTypes;
        Actions = actions;
    }

    public string ZipPath { get; }

    public IReadOnlyList<PluginStep> Steps { get; }

    public IReadOnlyList<Type> ActivityTypes { get; }

    /// <summary>The custom process actions the zip defines, each running one of its activities.</summary>
    public IReadOnlyList<RegisteredAction> Actions { get; }

    /// <summary>The zip's activity of this type (an administrator picks it by name in a workflow); refused when the zip has none.</summary>
    public Type Activity(Type wanted) =>
        ActivityTypes.FirstOrDefault(t => t.FullName == wanted.FullName)
        ?? throw new SolutionZipException($"The solution zip {ZipPath} registers no workflow activity {wanted.FullName}; it registers {(ActivityTypes.Count == 0 ? "none" : string.Join(", ", ActivityTypes.Select(t => t.FullName)))}.");
}
