using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.SolutionPacker.Components;
using DualWrite.SolutionPacker.Identity;

namespace DualWrite.SolutionPacker.App;

/// <summary>
/// Entities/&lt;table&gt;/FormXml/main/{id}.xml (inlined into the table's FormXml when packed): the main form, one tab
/// with every column of the table, each in its own row, in the shape of joshsmithxrm/ppds-demo
/// solutions/PPDSDemo/src/Entities/ppds_DemoRecord/FormXml/main/{f508cbc3-...}.xml. Multiple lines of text (the
/// errors, Finance's message, the payload) get a text area spanning several rows, so the error reads in full.
/// </summary>
internal static class SystemFormXml
{
    public const string FormName = "Information";

    // The platform's control class ids by column type (as exported forms write them).
    private const string TextControl = "{4273EDBD-AC1D-40d3-9FB2-095C621B552D}";
    private const string TextAreaControl = "{E0DECE4B-6FC8-4a8f-A065-082708572369}";
    private const string WholeNumberControl = "{C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F}";
    private const string DateTimeControl = "{5B773807-9FB2-42db-97C3-7A91EFF8ADFF}";
    private const string ChoiceControl = "{3EF39988-22BB-4f0b-BBBE-64B5A3748AEE}";
    private const int TextAreaRows = 8;

    public static Guid Id(TableDefinition table) => ComponentIds.SystemForm(table.LogicalName, FormName);

    public static XElement Create(TableDefinition table, string introducedVersion) =>
        new(
            "forms",
            SolutionXml.XsiDeclaration,
            new XElement(
                "systemform",
                new XElement("formid", StepXml.Braced(Id(table).ToString())),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("FormPresentation", "1"),
                new XElement("FormActivationState", "1"),
                new XElement(
                    "form",
                    new XElement(
                        "tabs",
                        new XElement(
                            "tab",
                            new XAttribute("verticallayout", "true"),
                            new XAttribute("id", PartId(table, "tab")),
                            new XAttribute("IsUserDefined", "1"),
                            Labels("General"),
                            new XElement(
                                "columns",
                                new XElement(
                                    "column",
                                    new XAttribute("width", "100%"),
                                    new XElement(
                                        "sections",
                                        new XElement(
                                            "section",
                                            new XAttribute("showlabel", "false"),
                                            new XAttribute("showbar", "false"),
                                            new XAttribute("IsUserDefined", "0"),
                                            new XAttribute("id", PartId(table, "section")),
                                            Labels("General"),
                                            new XElement("rows", table.AllColumns.SelectMany(c => Rows(table, c)))))))))),
                new XElement("IsCustomizable", "1"),
                new XElement("CanBeDeleted", "1"),
                new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", FormName)),
                new XElement("Descriptions", SolutionXml.Label("Description", $"Everything DualWrite records on a {table.DisplayName.ToLowerInvariant()}, the errors in full."))));

    /// <summary>The column's row, and for a text area the empty rows its cell spans, as forms lay out a multi-row cell.</summary>
    private static IEnumerable<XElement> Rows(TableDefinition table, ColumnDefinition column)
    {
        bool isTextArea = column.Type == ColumnType.MultilineText;
        yield return new XElement(
            "row",
            new XElement(
                "cell",
                new XAttribute("id", PartId(table, "cell/" + column.LogicalName)),
                isTextArea ? new XAttribute("rowspan", TextAreaRows) : null,
                Labels(column.DisplayName),
                new XElement(
                    "control",
                    new XAttribute("id", column.LogicalName),
                    new XAttribute("classid", ControlFor(column.Type)),
                    new XAttribute("datafieldname", column.LogicalName))));
        for (int spanned = 1; isTextArea && spanned < TextAreaRows; spanned++)
        {
            yield return new XElement("row");
        }
    }

    private static string ControlFor(ColumnType type) => type switch
    {
        ColumnType.Text => TextControl,
        ColumnType.MultilineText => TextAreaControl,
        ColumnType.WholeNumber => WholeNumberControl,
        ColumnType.DateAndTime => DateTimeControl,
        ColumnType.Choice => ChoiceControl,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No form control for this column type."),
    };

    private static XElement Labels(string text) =>
        new("labels", new XElement("label", new XAttribute("description", text), new XAttribute("languagecode", SolutionXml.EnglishLanguageCode)));

    private static string PartId(TableDefinition table, string part) => StepXml.Braced(DeterministicGuid.For($"systemform/{table.LogicalName}/{FormName}/{part}").ToString());
}
