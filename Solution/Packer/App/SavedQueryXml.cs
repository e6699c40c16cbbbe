using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.SolutionPacker.App;

/// <summary>
/// Entities/&lt;table&gt;/SavedQueries/{id}.xml (inlined into the table's SavedQueries when packed): a public view (query
/// type 0) with its grid layout and FetchXML, element for element as joshsmithxrm/ppds-demo
/// solutions/PPDSDemo/src/Entities/ppds_DemoRecord/SavedQueries/{5954942b-...}.xml exports one.
/// </summary>
internal static class SavedQueryXml
{
    public static XElement Create(TableDefinition table, AdministrationView view, string introducedVersion) =>
        new(
            "savedqueries",
            SolutionXml.XsiDeclaration,
            new XElement(
                "savedquery",
                new XElement("IsCustomizable", "1"),
                new XElement("CanBeDeleted", "1"),
                new XElement("isquickfindquery", "0"),
                new XElement("isprivate", "0"),
                new XElement("isdefault", SolutionXml.Flag(view.IsDefault)),
                new XElement("savedqueryid", StepXml.Braced(ComponentIds.SavedQuery(table.LogicalName, view.Name).ToString())),
                new XElement(
                    "layoutxml",
                    new XElement(
                        "grid",
                        new XAttribute("name", "resultset"),
                        new XAttribute("jump", table.PrimaryName.LogicalName),
                        new XAttribute("select", "1"),
                        new XAttribute("icon", "1"),
                        new XAttribute("preview", "1"),
                        new XElement(
                            "row",
                            new XAttribute("name", "result"),
                            new XAttribute("id", table.PrimaryKey),
                            view.Columns.Select(c => new XElement("cell", new XAttribute("name", c), new XAttribute("width", Width(table, c))))))),
                new XElement("querytype", "0"),
                new XElement(
                    "fetchxml",
                    new XElement(
                        "fetch",
                        new XAttribute("version", "1.0"),
                        new XAttribute("mapping", "logical"),
                        new XElement(
                            "entity",
                            new XAttribute("name", table.LogicalName),
                            new XElement("attribute", new XAttribute("name", table.PrimaryKey)),
                            view.Columns.Select(c => new XElement("attribute", new XAttribute("name", c))),
                            new XElement("order", new XAttribute("attribute", "modifiedon"), new XAttribute("descending", "true")),
                            new XElement(
                                "filter",
                                new XAttribute("type", "and"),
                                view.Filter.Select(Condition))))),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", view.Name))));

    private static XElement Condition(ViewCondition condition) =>
        new(
            "condition",
            new XAttribute("attribute", condition.Column),
            new XAttribute("operator", condition.Operator),
            condition.Value is null ? null : new XAttribute("value", condition.Value));

    // The error text gets the widest cell; the rest what their values need.
    private static int Width(TableDefinition table, string column) =>
        table.AllColumns.FirstOrDefault(c => c.LogicalName == column)?.Type switch
        {
            ColumnType.MultilineText => 300,
            ColumnType.Text when column == table.PrimaryName.LogicalName => 300,
            ColumnType.WholeNumber => 75,
            _ => 150,
        };
}
