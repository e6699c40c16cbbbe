using System.Globalization;
using System.Xml.Linq;
using DualWrite.Plugins.Configuration;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml, generated from the catalog of
/// variables the code reads. Like other newer components, its elements are in alphabetical order.
/// </summary>
public static class EnvironmentVariableXml
{
    public static XElement Create(EnvironmentVariableDefinition variable, string introducedVersion) =>
        new(
            "environmentvariabledefinition",
            new XAttribute("schemaname", variable.SchemaName),
            variable.DefaultValue is null ? null : new XElement("defaultvalue", variable.DefaultValue),
            new XElement("description", new XAttribute("default", variable.Description), SolutionXml.Label("label", variable.Description)),
            new XElement("displayname", new XAttribute("default", variable.DisplayName), SolutionXml.Label("label", variable.DisplayName)),
            new XElement("introducedversion", introducedVersion),
            new XElement("iscustomizable", "1"),
            new XElement("isrequired", SolutionXml.Flag(variable.IsRequired)),
            new XElement("secretstore", "0"), // never a secret: plug-ins cannot read secret-type variables
            new XElement("type", ((int)variable.Type).ToString(CultureInfo.InvariantCulture)));
}
