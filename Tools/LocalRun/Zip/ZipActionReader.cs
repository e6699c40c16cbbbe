using System;
using System.Activities;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// Reads the actions (Workflow elements of category 3) of a solution zip's customizations.xml and their XAML
/// definitions: the action's message name, its parameters (the XAML class's members other than the workflow's own
/// InputEntities and CreatedEntities) and the one custom workflow activity it runs, resolved in the local build. An
/// action whose parameters are not exactly the activity's arguments is refused: the local run would call it differently
/// from how the platform will.
/// </summary>
internal static class ZipActionReader
{
    private const int ActionCategory = 3;
    private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";
    private static readonly string[] WorkflowMembers = ["InputEntities", "CreatedEntities"];

    public static IReadOnlyList<RegisteredAction> Read(ZipArchive archive, XElement customizations, ShippedTypes types, string zipPath) =>
        (customizations.Element("Workflows")?.Elements("Workflow") ?? [])
            .Where(w => (int?)w.Element("Category") == ActionCategory)
            .Select(w => ReadAction(archive, w, types, zipPath))
            .ToArray();

    private static RegisteredAction ReadAction(ZipArchive archive, XElement workflow, ShippedTypes types, string zipPath)
    {
        string name = (string?)workflow.Element("UniqueName") ?? throw new SolutionZipException($"{zipPath}: the action '{(string?)workflow.Attribute("Name")}' has no UniqueName, so it defines no message.");
        string label = $"Action '{name}'";
        string xamlPath = ((string?)workflow.Element("XamlFileName") ?? throw new SolutionZipException($"{zipPath}: {label} has no XamlFileName.")).TrimStart('/');
        ZipArchiveEntry entry = archive.GetEntry(xamlPath) ?? throw new SolutionZipException($"{zipPath}: {label} is defined by {xamlPath}, which the zip does not hold.");
        XElement xaml;
        using (var stream = entry.Open())
        {
            xaml = XDocument.Load(stream).Root!;
        }

        string[] parameters = xaml.Element(X + "Members")?.Elements(X + "Property").Select(p => (string?)p.Attribute("Name") ?? "").Where(n => !WorkflowMembers.Contains(n)).ToArray() ?? [];
        string[] activities = xaml.Descendants().Select(e => (string?)e.Attribute("AssemblyQualifiedName"))
            .OfType<string>().Where(n => !n.StartsWith("Microsoft.Crm.Workflow.", StringComparison.Ordinal)).Distinct().ToArray();
        if (activities.Length != 1)
        {
            throw new SolutionZipException($"{zipPath}: {label} runs {activities.Length} custom workflow activities ({string.Join(", ", activities)}); the local run plays actions that run exactly one.");
        }

        Type type = types.Resolve(activities[0], label);
        if (!typeof(CodeActivity).IsAssignableFrom(type))
        {
            throw new SolutionZipException($"{label} runs {type.FullName}, which is not a workflow activity (CodeActivity).");
        }

        string[] arguments = type.GetProperties().Where(p => typeof(Argument).IsAssignableFrom(p.PropertyType)).Select(p => p.Name).ToArray();
        if (!arguments.Order(StringComparer.Ordinal).SequenceEqual(parameters.Order(StringComparer.Ordinal)))
        {
            throw new SolutionZipException($"{label} declares the parameters {string.Join(", ", parameters)}, but {type.FullName} takes {string.Join(", ", arguments)}: the zip and the build come from different sources.");
        }

        return new RegisteredAction(name, type, parameters);
    }
}
