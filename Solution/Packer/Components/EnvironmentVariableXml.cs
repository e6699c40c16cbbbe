using System.Globalization;
using System.Xml.Linq;
using DualWrite.Plugins.Configuration;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml, generated from the catalog of
/// variables the code reads. Like other newer components, its elements are in alphabetical order. Every definition is
/// written not required (isrequired 0), as every real export's definitions are (joshsmithxrm/ppds-demo,
/// microsoft/copilot-agentic-business-process): import does not wait for a value, and the code itself refuses to run
/// without one it needs, naming the variable.
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
            new XElement("isrequired", "0"),
            new XElement("secretstore", "0"), // never a secret: plug-ins cannot read secret-type variables
            new XElement("type", ((int)variable.Type).ToString(CultureInfo.InvariantCulture)));
}
