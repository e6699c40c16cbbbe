using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Assemblies;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// One SdkMessageProcessingSteps/{id}.xml (inlined into customizations.xml when packed), generated from a
/// <see cref="PluginStep"/> of the catalog, in the element order of real exports. A step on a plug-in package's type
/// names it by <see cref="PluginTypeExportKey"/> right after SdkMessageId, with no PluginTypeName or PluginTypeId (the
/// package import creates the type, so the solution cannot know its id); a step on a classic assembly's type names it
/// by both. Both shapes follow joshsmithxrm/ppds-demo solutions/PPDSDemo/src/SdkMessageProcessingSteps (2025 export).
/// </summary>
public static class StepXml
{
    private const string PluginTypeHandler = "4602"; // eventhandler is a plugintype (not a service endpoint)


    /// <param name="pluginPackage">The unique name of the plug-in package that ships <paramref name="assembly"/>, or null for a classic assembly.</param>
    public static XElement Create(PluginStep step, ShippedAssembly assembly, RegisteredType pluginType, string? pluginPackage, string introducedVersion)
    {
        return new XElement(
            "SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", Braced(ComponentIds.Step(step.Name).ToString())),
            SolutionXml.XsiDeclaration,
            new XElement("SdkMessageId", SdkMessages.IdOf(step.Message, step.Name).ToString()),
            PluginTypeReference(assembly, pluginType, pluginPackage),
            new XElement("PrimaryEntity", step.PrimaryEntity),
            // Asynchronous jobs that succeeded are deleted, so the system job table does not grow with every save.
            new XElement("AsyncAutoDelete", SolutionXml.Flag(step.Mode == StepMode.Asynchronous)),
            step.UnsecureConfiguration is null ? null : new XElement("Configuration", step.UnsecureConfiguration),
            new XElement("Description", string.IsNullOrWhiteSpace(step.Description) ? step.Name : step.Description),
            new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            new XElement("InvocationSource", "0"),
            new XElement("Mode", ((int)step.Mode).ToString(CultureInfo.InvariantCulture)),
            new XElement("Rank", step.Rank.ToString(CultureInfo.InvariantCulture)),
            new XElement("EventHandlerTypeCode", PluginTypeHandler),
            new XElement("Stage", ((int)step.Stage).ToString(CultureInfo.InvariantCulture)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"), // server only
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(image => Image(step, image))));
    }

    private static XElement[] PluginTypeReference(ShippedAssembly assembly, RegisteredType pluginType, string? pluginPackage) =>
        pluginPackage is null
            ?
            [
                new XElement("PluginTypeName", assembly.AssemblyQualifiedName(pluginType)),
                new XElement("PluginTypeId", ComponentIds.PluginType(assembly.Name, pluginType.FullName).ToString()),
            ]
            : [new XElement("PluginTypeExportKey", PluginTypeExportKey.For(pluginPackage, assembly.Name, pluginType.FullName))];

    /// <summary>Step file names and ids are written braced and lower case, as exports write them.</summary>
    public static string Braced(string id) => "{" + id + "}";

    private static XElement Image(PluginStep step, StepImage image) =>
        new(
            "SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Alias),
            new XElement("SdkMessageProcessingStepImageId", Braced(ComponentIds.StepImage(step.Name, image.Alias).ToString())),
            new XElement("Attributes", string.Join(",", image.Attributes)),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", ((int)image.ImageType).ToString(CultureInfo.InvariantCulture)),
            new XElement("MessagePropertyName", image.MessagePropertyName),
            new XElement("IsCustomizable", "1"));
}
