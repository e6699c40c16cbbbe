using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.SolutionPacker.App;

/// <summary>
/// AppModules/&lt;unique name&gt;/AppModule.xml (inlined into customizations.xml's AppModules when packed): the
/// model-driven app (Unified Interface, ClientType 4) with its components (tables 1, views 26, forms 60, its site map
/// 62) and the roles that see it, in the element order of exported apps (the AppModule of public exports found with
/// find_string "&lt;AppModuleComponents&gt;", e.g. the validator fixture with UniqueName, IntroducedVersion,
/// WebResourceId, statecode, statuscode, FormFactor, ClientType, AppModuleComponents, LocalizedNames, appsettings).
/// </summary>
internal static class AppModuleXml
{
    public static XElement Create(string introducedVersion, IEnumerable<string> tables, IEnumerable<Guid> views, IEnumerable<Guid> forms, IEnumerable<Guid> roles) =>
        new(
            "AppModule",
            new XElement("UniqueName", AdministrationApp.UniqueName),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("WebResourceId", AdministrationApp.DefaultIconWebResourceId),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1"),
            new XElement("FormFactor", "1"),
            new XElement("ClientType", "4"),
            new XElement("NavigationType", "0"),
            new XElement(
                "AppModuleComponents",
                tables.Select(t => Component(1, t)),
                views.Select(v => Component(26, v)),
                forms.Select(f => Component(60, f)),
                Component(62, AdministrationApp.UniqueName)),
            new XElement("AppModuleRoleMaps", roles.Select(r => new XElement("Role", new XAttribute("id", StepXml.Braced(r.ToString()))))),
            new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", AdministrationApp.DisplayName)),
            new XElement("Descriptions", SolutionXml.Label("Description", AdministrationApp.Description)),
            new XElement("appsettings"));

    private static XElement Component(int type, string schemaName) => new("AppModuleComponent", new XAttribute("type", type), new XAttribute("schemaName", schemaName));

    private static XElement Component(int type, Guid id) => new("AppModuleComponent", new XAttribute("type", type), new XAttribute("id", StepXml.Braced(id.ToString())));
}
