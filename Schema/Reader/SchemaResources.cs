using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace DualWrite.Schema;

/// <summary>The recorded schema's files, embedded in this assembly under "Dataverse/" and "Finance/".</summary>
public static class SchemaResources
{
    private static readonly Assembly s_assembly = typeof(SchemaResources).Assembly;

    /// <summary>The names of the embedded files under a folder ("Dataverse/" or "Finance/"), sorted.</summary>
    public static IReadOnlyList<string> Names(string folder) =>
        s_assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Opens one embedded file by its name ("Dataverse/msdyn_actual.json").</summary>
    public static Stream Open(string name) =>
        s_assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"The recorded schema has no file '{name}'.", name);
}
