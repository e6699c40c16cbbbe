using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Components;

/// <summary>pluginpackages/&lt;uniquename&gt;/pluginpackage.xml: the plug-in package record, its nupkg beside it in package/.</summary>
public static class PluginPackageXml
{
    public static XElement Create(string uniqueName, string version, string nupkgFileName) =>
        new(
            "pluginpackage",
            new XAttribute("uniquename", uniqueName),
            new XElement("exportkeyversion", "1"),
            new XElement("iscustomizable", "1"),
            new XElement("name", uniqueName),
            new XElement("package", new XAttribute("mimetype", "application/octet-stream"), nupkgFileName),
            new XElement("statecode", "0"),
            new XElement("statuscode", "1"),
            new XElement("version", version));
}
