using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>
/// Packs the unpacked layout into the zip solution import reads, as SolutionPackager does: Other/Solution.xml becomes
/// solution.xml; the entities, relationships, plug-in assemblies and steps are inlined into customizations.xml; every other file
/// (assemblies, plug-in packages, environment variable definitions) keeps its path.
/// </summary>
public static class SolutionZip
{
    public const string ContentTypesPath = "[Content_Types].xml";
    public const string ManifestPath = "Other/Solution.xml";
    public const string CustomizationsPath = "Other/Customizations.xml";

    /// <summary>pac solution unpack's index of the relationships (names only), which packing leaves out.</summary>
    public const string RelationshipsIndexPath = "Other/Relationships.xml";

    /// <summary>pac solution unpack's relationships, one file per referenced table.</summary>
    public const string RelationshipsFolder = "Other/Relationships/";

    /// <summary>Unpacked folders whose XML files become elements of customizations.xml.</summary>
    private static readonly (string Folder, string FileSuffix, string Parent)[] s_inlined =
    [
        ("Entities/", "/Entity.xml", "Entities"),
        ("PluginAssemblies/", ".dll.data.xml", "SolutionPluginAssemblies"),
        ("SdkMessageProcessingSteps/", ".xml", "SdkMessageProcessingSteps"),
    ];

    public static byte[] Pack(UnpackedSolution solution)
    {
        IReadOnlyDictionary<string, byte[]> files = solution.Files;
        XDocument customizations = XmlBytes.Parse(Required(files, CustomizationsPath), CustomizationsPath);
        var copied = new List<KeyValuePair<string, byte[]>>();

        foreach ((string path, byte[] content) in files)
        {
            if (path is ContentTypesPath or ManifestPath or CustomizationsPath or RelationshipsIndexPath)
            {
                continue;
            }

            if (path.StartsWith(RelationshipsFolder, StringComparison.Ordinal) && path.EndsWith(".xml", StringComparison.Ordinal))
            {
                // One file per referenced table, each an EntityRelationships list: its relationships join customizations.xml's.
                Parent(customizations, "EntityRelationships", path).Add(XmlBytes.Parse(content, path).Root!.Elements());
                continue;
            }

            if (InlinedInto(path) is { } parentName)
            {
                Parent(customizations, parentName, path).Add(XmlBytes.Parse(content, path).Root);
            }
            else
            {
                copied.Add(new(path, content));
            }
        }

        CheckContentTypes(XmlBytes.Parse(Required(files, ContentTypesPath), ContentTypesPath), copied.Select(c => c.Key));

        var entries = new List<KeyValuePair<string, byte[]>>
        {
            new(ContentTypesPath, files[ContentTypesPath]),
            new("solution.xml", Required(files, ManifestPath)),
            new("customizations.xml", XmlBytes.Of(customizations.Root!)),
        };
        entries.AddRange(copied);
        return DeterministicZip.Create(entries);
    }

    private static XElement Parent(XDocument customizations, string parentName, string path) =>
        customizations.Root!.Element(parentName) ?? throw new InvalidDataException($"{CustomizationsPath} has no <{parentName}> element to hold {path}.");

    /// <summary>The customizations.xml element a file's root element goes into, or null for a file packed as it is.</summary>
    private static string? InlinedInto(string path) =>
        s_inlined.Where(i => path.StartsWith(i.Folder, StringComparison.Ordinal) && path.EndsWith(i.FileSuffix, StringComparison.Ordinal))
            .Select(i => i.Parent)
            .FirstOrDefault();

    private static byte[] Required(IReadOnlyDictionary<string, byte[]> files, string path) =>
        files.TryGetValue(path, out byte[]? content) ? content : throw new InvalidDataException($"The unpacked solution has no {path}.");

    /// <summary>Import reads a part only when [Content_Types].xml declares its extension.</summary>
    private static void CheckContentTypes(XDocument contentTypes, IEnumerable<string> paths)
    {
        var declared = contentTypes.Root!.Elements().Where(e => e.Name.LocalName == "Default")
            .Select(e => (string?)e.Attribute("Extension")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths)
        {
            string extension = Path.GetExtension(path).TrimStart('.');
            if (!declared.Contains(extension))
            {
                throw new InvalidDataException($"{ContentTypesPath} declares no content type for '.{extension}', so import would skip {path}.");
            }
        }
    }
}
