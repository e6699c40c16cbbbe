using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>
/// Packs the unpacked layout into the zip solution import reads, as SolutionPackager does: Other/Solution.xml becomes
/// solution.xml; the entities (with their views and forms), relationships, plug-in assemblies, steps, workflows' and
/// actions' Workflow elements, roles, the app and its site map are inlined into customizations.xml; every other file
/// (assemblies, plug-in packages, workflow XAML, environment variable definitions) keeps its path.
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
        ("Workflows/", ".xaml.data.xml", "Workflows"),
        ("Roles/", ".xml", "Roles"),
        ("AppModuleSiteMaps/", "/AppModuleSiteMap.xml", "AppModuleSiteMaps"),
        ("AppModules/", "/AppModule.xml", "AppModules"),
    ];

    /// <summary>Parts of a table (pac solution unpack's Entities/&lt;table&gt;/...): views and forms, packed into the table's Entity element.</summary>
    private static readonly (string Folder, string EntityElement, string ListElement, string? FormType)[] s_tableParts =
    [
        ("/SavedQueries/", "SavedQueries", "savedqueries", null),
        ("/FormXml/main/", "FormXml", "forms", "main"),
    ];

    public static byte[] Pack(UnpackedSolution solution)
    {
        IReadOnlyDictionary<string, byte[]> files = solution.Files;
        XDocument customizations = XmlBytes.Parse(Required(files, CustomizationsPath), CustomizationsPath);
        var copied = new List<KeyValuePair<string, byte[]>>();
        var tableParts = new List<(string Path, string Table, int Index, byte[] Content)>();

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

            if (TablePart(path) is { } part)
            {
                tableParts.Add((path, part.Table, part.Index, content));
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

        foreach ((string path, string table, int index, byte[] content) in tableParts)
        {
            AddTablePart(customizations, path, table, s_tableParts[index], content);
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

    /// <summary>The table and kind of a view or form file of the unpacked layout, or null for any other file.</summary>
    private static (string Table, int Index)? TablePart(string path)
    {
        if (!path.StartsWith("Entities/", StringComparison.Ordinal) || !path.EndsWith(".xml", StringComparison.Ordinal))
        {
            return null;
        }

        for (int i = 0; i < s_tableParts.Length; i++)
        {
            int at = path.IndexOf(s_tableParts[i].Folder, StringComparison.Ordinal);
            if (at > "Entities/".Length)
            {
                return (path["Entities/".Length..at], i);
            }
        }

        return null;
    }

    /// <summary>Adds a view's savedquery or a form's systemform to its table's SavedQueries/savedqueries or FormXml/forms[type].</summary>
    private static void AddTablePart(XDocument customizations, string path, string table, (string Folder, string EntityElement, string ListElement, string? FormType) part, byte[] content)
    {
        XElement entity = Parent(customizations, "Entities", path).Elements("Entity").FirstOrDefault(e => (string?)e.Element("Name") == table)
            ?? throw new InvalidDataException($"{path} is part of table '{table}', which the solution does not hold (no Entities/{table}/Entity.xml).");
        XElement holder = entity.Element(part.EntityElement) ?? throw new InvalidDataException($"Entities/{table}/Entity.xml has no <{part.EntityElement}> element to hold {path}.");
        XElement? list = holder.Elements(part.ListElement).FirstOrDefault(l => part.FormType is null || (string?)l.Attribute("type") == part.FormType);
        if (list is null)
        {
            list = new XElement(part.ListElement, part.FormType is null ? null : new XAttribute("type", part.FormType));
            holder.Add(list);
        }

        list.Add(XmlBytes.Parse(content, path).Root!.Elements());
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
