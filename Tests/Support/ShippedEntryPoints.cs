using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DualWrite.Plugins;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support;

/// <summary>
/// The plug-ins and workflow activities of the shipping assemblies, found by runtime reflection over the net10.0
/// builds (the same source as the net462 assemblies that ship), independently of the solution build's metadata reader.
/// </summary>
internal static class ShippedEntryPoints
{
    /// <summary>Every IPlugin and CodeActivity type, abstract bases and private ones included.</summary>
    public static IEnumerable<Type> All => Declared(typeof(PluginBase).Assembly, typeof(IPlugin)).Concat(Declared(typeof(CodeActivityBase).Assembly, typeof(CodeActivity)));

    /// <summary>The plug-in types Dataverse must register.</summary>
    public static IReadOnlyList<Type> Plugins => Registrable(typeof(PluginBase).Assembly, typeof(IPlugin));

    /// <summary>The workflow activities Dataverse must register.</summary>
    public static IReadOnlyList<Type> Activities => Registrable(typeof(CodeActivityBase).Assembly, typeof(CodeActivity));

    private static IReadOnlyList<Type> Registrable(Assembly assembly, Type entryPoint) =>
        Declared(assembly, entryPoint).Where(t => t.IsVisible && t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters).ToList();

    private static IEnumerable<Type> Declared(Assembly assembly, Type entryPoint) => assembly.GetTypes().Where(entryPoint.IsAssignableFrom);
}
