using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>The solution zip the build packed (Solution/bin/&lt;Configuration&gt;/&lt;UniqueName&gt;_&lt;version&gt;.zip), opened.</summary>
internal sealed class BuiltSolution
{
    private BuiltSolution(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Entries = archive.Entries.ToDictionary(e => e.FullName, e => Read(e), StringComparer.Ordinal);
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public XElement Manifest => Xml("solution.xml");

    public XElement Customizations => Xml("customizations.xml");

    public IEnumerable<XElement> PluginTypes => Customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly").SelectMany(a => a.Element("PluginTypes")!.Elements("PluginType"));

    public IEnumerable<XElement> Steps => Customizations.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep");

    public IEnumerable<XElement> Entities => Customizations.Element("Entities")!.Elements("Entity");

    public IEnumerable<XElement> EnvironmentVariables =>
        Entries.Keys.Where(k => k.StartsWith("environmentvariabledefinitions/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(Xml);

    /// <summary>The plug-in package's nupkg, opened: its entries by path.</summary>
    public IReadOnlyDictionary<string, byte[]> PluginPackage()
    {
        byte[] nupkg = Assert.Single(Entries, e => e.Key.StartsWith("pluginpackages/", StringComparison.Ordinal) && e.Key.EndsWith(".nupkg", StringComparison.Ordinal)).Value;
        using var archive = new ZipArchive(new MemoryStream(nupkg), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e => Read(e), StringComparer.Ordinal);
    }

    public XElement Xml(string entry) => XDocument.Load(new MemoryStream(Entries[entry])).Root!;

    /// <summary>Where the README's build command leaves the zip, named from pac.config as pac names exports.</summary>
    public static string ZipPath()
    {
        PacConfigFile.SolutionSection solution = PacConfigFile.Load().Solution;
        return System.IO.Path.Combine(RepositoryPaths.Root, "Solution", "bin", RepositoryPaths.Configuration, $"{solution.UniqueName}_{solution.Version}.zip");
    }

    public static BuiltSolution Open()
    {
        string path = ZipPath();
        Assert.True(File.Exists(path), $"{path} was not built: 'dotnet build DualWrite.Plugins.sln -c {RepositoryPaths.Configuration}' must pack it.");
        return new BuiltSolution(path, File.ReadAllBytes(path));
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
