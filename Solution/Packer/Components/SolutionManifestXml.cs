using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.SolutionPacker.Components;

/// <summary>Other/Solution.xml (solution.xml when packed): the solution's names, version, publisher and root components, from pac.config.</summary>
public static class SolutionManifestXml
{
    public static XElement Create(SolutionSettings solution, bool managed, IEnumerable<RootComponent> rootComponents)
    {
        PublisherSettings publisher = solution.Publisher;
        return new XElement(
            "ImportExportXml",
            new XAttribute("version", "9.2.0.0"),
            new XAttribute("SolutionPackageVersion", "9.2"),
            new XAttribute("languagecode", SolutionXml.EnglishLanguageCode),
            new XAttribute("generatedBy", "CrmLive"), // what online exports write; imports read the package the same way
            SolutionXml.XsiDeclaration,
            new XElement(
                "SolutionManifest",
                new XElement("UniqueName", solution.UniqueName),
                new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", solution.DisplayName)),
                new XElement("Descriptions", SolutionXml.Label("Description", solution.Description)),
                new XElement("Version", solution.Version),
                new XElement("Managed", SolutionXml.Flag(managed)),
                new XElement(
                    "Publisher",
                    new XElement("UniqueName", publisher.UniqueName),
                    new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", publisher.DisplayName)),
                    new XElement("Descriptions", SolutionXml.Label("Description", publisher.DisplayName)),
                    SolutionXml.Nil("EMailAddress"),
                    SolutionXml.Nil("SupportingWebsiteUrl"),
                    new XElement("CustomizationPrefix", publisher.Prefix),
                    new XElement("CustomizationOptionValuePrefix", publisher.OptionValuePrefix.ToString(CultureInfo.InvariantCulture))),
                new XElement("RootComponents", rootComponents.Select(Root)),
                new XElement("MissingDependencies")));
    }

    private static XElement Root(RootComponent component) =>
        new(
            "RootComponent",
            new XAttribute("type", component.Type),
            component.Id is { } id ? new XAttribute("id", StepXml.Braced(id.ToString())) : null,
            component.SchemaName is { } name ? new XAttribute("schemaName", name) : null,
            new XAttribute("behavior", "0")); // include subcomponents
}
