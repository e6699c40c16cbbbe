using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Components;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// The plug-in types of the zip's plug-in packages, by the export key a step names them with. A package's assembly
/// has no PluginAssembly element (the package import creates it); the zip gives it as a root component (type 91) whose
/// dll the package's nupkg holds. Each public, concrete IPlugin of that assembly's local build gets the key the
/// platform computes for it (<see cref="PluginTypeExportKey"/>), as import matches a step to the type it created.
/// </summary>
internal sealed class PackageTypes
{
    private const int PluginAssemblyComponent = 91;

    private readonly Dictionary<string, Type> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _packages = [];

    /// <param name="classicAssemblies">The full names of the assemblies customizations.xml registers itself (not package-owned).</param>
    public PackageTypes(ZipArchive archive, XElement manifest, IReadOnlySet<string> classicAssemblies, ShippedTypes types, string zipPath)
    {
        var packageDlls = Packages(archive, zipPath);
        IEnumerable<string> packageOwned = manifest.Descendants("RootComponent")
            .Where(r => (int?)r.Attribute("type") == PluginAssemblyComponent)
            .Select(r => (string?)r.Attribute("schemaName") ?? "")
            .Where(name => name.Length > 0 && !classicAssemblies.Contains(name));

        foreach (string fullName in packageOwned)
        {
            string assemblyName = new AssemblyName(fullName).Name!;
            string label = $"Plug-in assembly '{fullName}'";
            string package = packageDlls.FirstOrDefault(p => p.Value.Contains(assemblyName + ".dll", StringComparer.OrdinalIgnoreCase)).Key
                ?? throw new SolutionZipException($"{label} is a root component with no PluginAssembly element, so a plug-in package must ship it, but no package in {zipPath} holds {assemblyName}.dll.");
            _packages.Add(package);

            Assembly assembly = types.PackagedAssembly(fullName, label);
            foreach (Type type in assembly.GetExportedTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters))
            {
                _byKey[PluginTypeExportKey.For(package, assemblyName, type.FullName!)] = type;
            }
        }
    }

    /// <summary>The type whose export key a step names; refused, naming the key and the packages, when no shipped type has it.</summary>
    public Type Resolve(string exportKey, string registeredBy) =>
        _byKey.TryGetValue(exportKey, out Type? type)
            ? type
            : throw new SolutionZipException(
                $"{registeredBy} names plug-in type export key {exportKey}, which is no public IPlugin of the local build of {(_packages.Count == 0 ? "any plug-in package (the zip has none)" : $"plug-in package {string.Join(", ", _packages)}")}: the zip and the build come from different sources, or the key was not computed as the platform computes it. Rebuild (dotnet build DualWrite.Plugins.sln) so both are current.");

    /// <summary>Each pluginpackages/&lt;uniquename&gt;/pluginpackage.xml's unique name, with the dll file names its nupkg holds.</summary>
    private static Dictionary<string, string[]> Packages(ZipArchive archive, string zipPath)
    {
        var packages = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (ZipArchiveEntry entry in archive.Entries.Where(e => e.FullName.StartsWith("pluginpackages/", StringComparison.Ordinal) && e.FullName.EndsWith("/pluginpackage.xml", StringComparison.Ordinal)))
        {
            XElement package;
            using (Stream stream = entry.Open())
            {
                package = XDocument.Load(stream).Root!;
            }

            string name = (string?)package.Attribute("uniquename") ?? throw new SolutionZipException($"{zipPath}: {entry.FullName} has no uniquename.");
            string nupkgPath = $"{entry.FullName[..^"pluginpackage.xml".Length]}package/{(string?)package.Element("package")}";
            ZipArchiveEntry nupkg = archive.GetEntry(nupkgPath) ?? throw new SolutionZipException($"{zipPath}: plug-in package '{name}' names {nupkgPath}, which the zip does not have.");
            using Stream content = nupkg.Open();
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            using var packageArchive = new ZipArchive(buffer, ZipArchiveMode.Read);
            packages[name] = packageArchive.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(e => e.Name).ToArray();
        }

        return packages;
    }
}
