using System;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// Creates a plug-in the way the platform does: with the (unsecure, secure) constructor when the type has one,
/// else (unsecure), else the parameterless one.
/// </summary>
internal static class PluginInstanceFactory
{
    public static IPlugin Create(Type pluginType, string? unsecureConfiguration, string? secureConfiguration)
    {
        const BindingFlags Constructors = BindingFlags.Public | BindingFlags.Instance;
        object? instance =
            pluginType.GetConstructor(Constructors, [typeof(string), typeof(string)]) is { } both ? both.Invoke([unsecureConfiguration, secureConfiguration])
            : pluginType.GetConstructor(Constructors, [typeof(string)]) is { } one ? one.Invoke([unsecureConfiguration])
            : pluginType.GetConstructor(Constructors, Type.EmptyTypes) is { } none ? none.Invoke([])
            : null;
        return instance as IPlugin ?? throw new InvalidOperationException(
            $"{pluginType.FullName} cannot be created as the platform creates plug-ins: it needs a public constructor taking (string unsecure, string secure), (string unsecure) or nothing, and must implement IPlugin.");
    }
}
