using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Assemblies;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// A pluginassembly and its plugintypes (the unpacked &lt;Name&gt;.dll.data.xml, inlined into customizations.xml when
/// packed), in the element order of real exports: every plug-in and activity type is registered once, with its
/// friendly name, description and (for activities) workflow group.
/// </summary>
public static class PluginAssemblyXml
{
    /// <param name="fileName">The zip path of the assembly's content. (A plug-in package's assembly has no element at all.)</param>
    /// <param name="defaultActivityGroup">The workflow designer group of an activity without a [Category].</param>
    public static XElement Create(ShippedAssembly assembly, string introducedVersion, string fileName, string defaultActivityGroup)
    {
        return new XElement(
            "PluginAssembly",
            new XAttribute("FullName", assembly.FullName),
            new XAttribute("PluginAssemblyId", ComponentIds.PluginAssembly(assembly.Name).ToString()),
            new XAttribute("CustomizationLevel", "1"),
            SolutionXml.XsiDeclaration,
            new XElement("IsolationMode", "2"), // Sandbox: the only mode Dataverse online runs
            new XElement("SourceType", "0"), // Database
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("FileName", fileName),
            new XElement("PluginTypes", assembly.Types.Select(type => PluginType(assembly, type, defaultActivityGroup))));
    }

    private static XElement PluginType(ShippedAssembly assembly, RegisteredType type, string defaultActivityGroup)
    {
        bool isActivity = type.Kind == RegisteredTypeKind.WorkflowActivity;
        return new XElement(
            "PluginType",
            new XAttribute("AssemblyQualifiedName", assembly.AssemblyQualifiedName(type)),
            new XAttribute("PluginTypeId", ComponentIds.PluginType(assembly.Name, type.FullName).ToString()),
            // The workflow designer lists an activity by its name, so an activity's name is its friendly name.
            new XAttribute("Name", isActivity ? type.FriendlyName : type.FullName),
            string.IsNullOrWhiteSpace(type.Description) ? null : new XElement("Description", type.Description),
            new XElement("FriendlyName", type.FriendlyName),
            isActivity ? new XElement("WorkflowActivityGroupName", string.IsNullOrWhiteSpace(type.Category) ? defaultActivityGroup : type.Category) : null);
    }
}
