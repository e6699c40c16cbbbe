using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DualWrite.Plugins;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Solution;

/// <summary>
/// What Dataverse must register, found by runtime reflection over the net10.0 builds (the same source as the net462
/// assemblies that ship), independently of the metadata reader the solution build uses.
/// </summary>
internal static class ExpectedEntryPoints
{
    public static IReadOnlyList<Type> Plugins => Registrable(typeof(PluginBase).Assembly, typeof(IPlugin));

    public static IReadOnlyList<Type> Activities => Registrable(typeof(CodeActivityBase).Assembly, typeof(CodeActivity));

    public static IReadOnlyList<Type> Registrable(Assembly assembly, Type entryPoint) =>
        assembly.GetTypes().Where(t => t.IsVisible && t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && entryPoint.IsAssignableFrom(t)).ToList();
}
