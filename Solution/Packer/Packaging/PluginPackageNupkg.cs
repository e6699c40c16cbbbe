using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>
/// The NuGet package Dataverse registers as a plug-in package: the plug-in assembly and the assemblies it depends on
/// (Microsoft.Identity.Client and what that needs) under lib/net462/, so the sandbox loads them beside the plug-in.
/// </summary>
public static class PluginPackageNupkg
{
    private static readonly XNamespace s_nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    /// <param name="assemblyPaths">The plug-in assembly and its dependencies, as built for net462.</param>
    public static byte[] Create(string id, string version, string authors, string description, IEnumerable<string> assemblyPaths)
    {
        var manifest = new XElement(
            s_nuspec + "package",
            new XElement(
                s_nuspec + "metadata",
                new XElement(s_nuspec + "id", id),
                new XElement(s_nuspec + "version", version),
                new XElement(s_nuspec + "authors", authors),
                new XElement(s_nuspec + "description", description)));

        var entries = new List<KeyValuePair<string, byte[]>>
        {
            new("[Content_Types].xml", XmlBytes.Of(ContentTypes())),
            new("_rels/.rels", XmlBytes.Of(Relationships(id))),
            new(id + ".nuspec", XmlBytes.Of(manifest)),
        };
        entries.AddRange(assemblyPaths
            .OrderBy(p => Path.GetFileName(p), System.StringComparer.OrdinalIgnoreCase)
            .Select(p => new KeyValuePair<string, byte[]>("lib/net462/" + Path.GetFileName(p), File.ReadAllBytes(p))));
        return DeterministicZip.Create(entries);
    }

    private static XElement ContentTypes()
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        return new XElement(
            ns + "Types",
            new XElement(ns + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(ns + "Default", new XAttribute("Extension", "nuspec"), new XAttribute("ContentType", "application/octet")),
            new XElement(ns + "Default", new XAttribute("Extension", "dll"), new XAttribute("ContentType", "application/octet")));
    }

    private static XElement Relationships(string id)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        return new XElement(
            ns + "Relationships",
            new XElement(
                ns + "Relationship",
                new XAttribute("Type", "http://schemas.microsoft.com/packaging/2010/07/manifest"),
                new XAttribute("Target", "/" + id + ".nuspec"),
                new XAttribute("Id", "manifest")));
    }
}
