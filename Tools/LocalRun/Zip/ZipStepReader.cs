using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// Reads one SdkMessageProcessingStep of customizations.xml back into the <see cref="PluginStep"/> it registers:
/// message (from its sdkmessage id, or else its name), table, stage, mode, rank, filtering attributes, unsecure
/// configuration and images, with its plug-in type resolved in the local build (by export key or by assembly-qualified
/// name). Each problem names the step.
/// </summary>
internal static partial class ZipStepReader
{
    public static PluginStep Read(XElement step, ShippedTypes types, PackageTypes packageTypes)
    {
        string name = (string?)step.Attribute("Name") ?? "(unnamed)";
        string label = $"Step '{name}'";
        Type pluginType = PluginType(step, types, packageTypes, label);
        string message = Message(step, name, label);
        try
        {
            return new PluginStep(
                pluginType,
                message,
                Required(step, "PrimaryEntity", label),
                (PipelineStage)Number(step, "Stage", label),
                Mode(step, label),
                (string?)step.Element("Description") ?? "",
                rank: Number(step, "Rank", label),
                filteringAttributes: List((string?)step.Element("FilteringAttributes")),
                images: step.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").Select(i => Image(i, label)).ToArray(),
                unsecureConfiguration: (string?)step.Element("Configuration"));
        }
        catch (ArgumentException e)
        {
            throw new SolutionZipException($"{label} cannot be registered: {e.Message}", e);
        }
    }

    // A step on a plug-in package's type names it by export key; one on a classic assembly's type by assembly-qualified name.
    private static Type PluginType(XElement step, ShippedTypes types, PackageTypes packageTypes, string label) =>
        ((string?)step.Element("PluginTypeExportKey"))?.Trim() is { Length: > 0 } exportKey
            ? packageTypes.Resolve(exportKey, label)
            : types.Resolve(Required(step, "PluginTypeName", label), label);

    // Platform messages are named by id in an export; the step's name says the message too, for one the packer does not list.
    private static string Message(XElement step, string name, string label)
    {
        string idText = Required(step, "SdkMessageId", label);
        if (!Guid.TryParse(idText, out Guid id))
        {
            throw new SolutionZipException($"{label}: SdkMessageId '{idText}' is not an id.");
        }

        string? known = SdkMessages.Names.FirstOrDefault(n => SdkMessages.IdOf(n, name) == id);
        if (known is not null)
        {
            return known;
        }

        Match named = MessageInName().Match(name);
        return named.Success
            ? named.Groups["message"].Value
            : throw new SolutionZipException($"{label}: sdkmessage id {id} is none of the messages the solution knows ({string.Join(", ", SdkMessages.Names)}), and the step's name does not say the message ('<type>: <Message> of <table> (...)').");
    }

    private static StepMode Mode(XElement step, string label)
    {
        int mode = Number(step, "Mode", label);
        return Enum.IsDefined(typeof(StepMode), mode)
            ? (StepMode)mode
            : throw new SolutionZipException($"{label}: Mode {mode} is neither 0 (synchronous) nor 1 (asynchronous).");
    }

    private static StepImage Image(XElement image, string label)
    {
        string alias = (string?)image.Element("EntityAlias") ?? (string?)image.Attribute("Name") ?? "";
        string imageLabel = $"{label}, image '{alias}'";
        int type = Number(image, "ImageType", imageLabel);
        if (!Enum.IsDefined(typeof(ImageType), type))
        {
            throw new SolutionZipException($"{imageLabel}: ImageType {type} is not 0 (pre), 1 (post) or 2 (both).");
        }

        return new StepImage(alias, (ImageType)type, List((string?)image.Element("Attributes")), (string?)image.Element("MessagePropertyName") ?? "Target");
    }

    private static string Required(XElement element, string child, string label)
    {
        string? value = ((string?)element.Element(child))?.Trim();
        return string.IsNullOrEmpty(value) ? throw new SolutionZipException($"{label} has no {child}.") : value;
    }

    private static int Number(XElement element, string child, string label)
    {
        string text = Required(element, child, label);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new SolutionZipException($"{label}: {child} '{text}' is not a whole number.");
    }

    private static string[] List(string? commaSeparated) =>
        (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@": (?<message>[A-Za-z]+) of ")]
    private static partial Regex MessageInName();
}
