using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.SolutionPacker.App;

/// <summary>
/// AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml (inlined into customizations.xml's AppModuleSiteMaps): one
/// area, one group, a sub-area per table (Sync states, Outbox, Environment variables), in the shape of exported app site
/// maps (the AppModuleSiteMap of public exports found with find_string "&lt;SiteMapUniqueName&gt;": SiteMapUniqueName,
/// EnableCollapsibleGroups, ShowHome, ShowPinned, ShowRecents, SiteMap/Area/Group/SubArea with Titles).
/// </summary>
internal static class SiteMapXml
{
    public static XElement Create(IEnumerable<TableDefinition> tables) =>
        new(
            "AppModuleSiteMap",
            new XElement("SiteMapUniqueName", AdministrationApp.UniqueName),
            new XElement("EnableCollapsibleGroups", "False"),
            new XElement("ShowHome", "True"),
            new XElement("ShowPinned", "True"),
            new XElement("ShowRecents", "True"),
            new XElement(
                "SiteMap",
                new XAttribute("IntroducedVersion", "7.0.0.0"),
                new XElement(
                    "Area",
                    new XAttribute("Id", "dw_area_dualwrite"),
                    new XAttribute("ShowGroups", "true"),
                    new XAttribute("IntroducedVersion", "7.0.0.0"),
                    Titles(AdministrationApp.DisplayName),
                    new XElement(
                        "Group",
                        new XAttribute("Id", "dw_group_sync"),
                        new XAttribute("IsProfile", "false"),
                        Titles("Synchronization with Finance"),
                        tables.Select(t => SubArea(t.LogicalName, t.PluralDisplayName)),
                        SubArea(AdministrationApp.EnvironmentVariableTable, "Environment variables")))),
            new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", AdministrationApp.DisplayName)));

    private static XElement SubArea(string table, string title) =>
        new(
            "SubArea",
            new XAttribute("Id", "dw_subarea_" + table),
            new XAttribute("Icon", "/_imgs/imagestrips/transparent_spacer.gif"),
            new XAttribute("Entity", table),
            new XAttribute("Client", "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web"),
            new XAttribute("AvailableOffline", "true"),
            new XAttribute("PassParams", "false"),
            new XAttribute("Sku", "All,OnPremise,Live,SPLA"),
            Titles(title));

    private static XElement Titles(string title) =>
        new("Titles", new XElement("Title", new XAttribute("LCID", SolutionXml.EnglishLanguageCode), new XAttribute("Title", title)));
}
