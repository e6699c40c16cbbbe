using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// Resolves the types a solution zip registers (by assembly-qualified name) in the net10.0 builds of the same
/// assemblies, which sit beside the local run: the assembly's name, version and public key token must be the zip's,
/// or the zip and the build come from different sources and the run would test something else than what ships.
/// </summary>
internal sealed class ShippedTypes
{
    private readonly Dictionary<string, Assembly> _assemblies = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="assemblyQualifiedName">"Namespace.Type, Assembly, Version=..., Culture=..., PublicKeyToken=..."</param>
    /// <param name="registeredBy">What registers the type, for the error message ("step 'X'").</param>
    public Type Resolve(string assemblyQualifiedName, string registeredBy)
    {
        int comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            throw new SolutionZipException($"{registeredBy} names type '{assemblyQualifiedName}' without its assembly; the zip must give assembly-qualified names.");
        }

        string typeName = assemblyQualifiedName[..comma].Trim();
        AssemblyName wanted = ParseAssemblyName(assemblyQualifiedName[(comma + 1)..].Trim(), registeredBy);
        Assembly assembly = Load(wanted, registeredBy);
        return assembly.GetType(typeName, throwOnError: false)
            ?? throw new SolutionZipException($"{registeredBy} registers type {typeName}, which the net10.0 build of {assembly.GetName().Name} ({assembly.Location}) does not have: the zip and the build come from different sources. Rebuild (dotnet build DualWrite.Plugins.sln) so both are current.");
    }

    private static AssemblyName ParseAssemblyName(string fullName, string registeredBy)
    {
        try
        {
            return new AssemblyName(fullName);
        }
        catch (Exception e) when (e is ArgumentException or FileLoadException)
        {
            throw new SolutionZipException($"{registeredBy} names assembly '{fullName}', which is not an assembly name.", e);
        }
    }

    /// <summary>
    /// The local build of an assembly a plug-in package ships (named by its root component's full name), checked like
    /// any other against the zip's version and public key token.
    /// </summary>
    public Assembly PackagedAssembly(string fullName, string registeredBy) => Load(ParseAssemblyName(fullName, registeredBy), registeredBy);

    private Assembly Load(AssemblyName wanted, string registeredBy)
    {
        string fullName = wanted.FullName;
        if (_assemblies.TryGetValue(fullName, out Assembly? known))
        {
            return known;
        }

        Assembly loaded;
        try
        {
            loaded = Assembly.Load(new AssemblyName(wanted.Name!));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new SolutionZipException($"{registeredBy} registers a type of assembly {fullName}, but no net10.0 build of {wanted.Name} is beside the local run ({AppContext.BaseDirectory}): the local run runs only the assemblies it was built with.", e);
        }

        AssemblyName actual = loaded.GetName();
        var mismatches = new List<string>();
        if (wanted.Version is not null && wanted.Version != actual.Version)
        {
            mismatches.Add($"version {wanted.Version} in the zip, {actual.Version} in the build");
        }

        string wantedToken = Token(wanted);
        string actualToken = Token(actual);
        if (wantedToken != actualToken)
        {
            mismatches.Add($"public key token {Shown(wantedToken)} in the zip, {Shown(actualToken)} in the build");
        }

        if (mismatches.Count > 0)
        {
            throw new SolutionZipException(
                $"The zip registers {fullName}, but the net10.0 build beside the local run is {actual.FullName} ({loaded.Location}): {string.Join("; ", mismatches)}. " +
                "The zip and the build must come from the same source: rebuild with 'dotnet build DualWrite.Plugins.sln -c Release', or pass --zip with this build's zip.");
        }

        _assemblies[fullName] = loaded;
        return loaded;
    }

    private static string Token(AssemblyName name) => Convert.ToHexString(name.GetPublicKeyToken() ?? []).ToLowerInvariant();

    private static string Shown(string token) => token.Length == 0 ? "(none: not signed)" : token;
}
