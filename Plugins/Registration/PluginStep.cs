using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Registration;

/// <summary>
/// One sdkmessageprocessingstep as it ships: the solution's step XML is generated from these, and the
/// in-memory pipeline registers the same objects, so tests exercise the registration that ships.
/// The constructor refuses what the platform refuses to register.
/// </summary>
public sealed class PluginStep
{
    public PluginStep(
        Type pluginType,
        string message,
        string primaryEntity,
        PipelineStage stage,
        StepMode mode,
        string description,
        int rank = 1,
        IEnumerable<string>? filteringAttributes = null,
        IEnumerable<StepImage>? images = null,
        string? unsecureConfiguration = null)
    {
        PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
        Message = string.IsNullOrWhiteSpace(message) ? throw new ArgumentException("A step needs a message name.", nameof(message)) : message;
        PrimaryEntity = string.IsNullOrWhiteSpace(primaryEntity) ? throw new ArgumentException($"The {message} step of {pluginType.FullName} needs a primary table.", nameof(primaryEntity)) : primaryEntity;
        Stage = stage;
        Mode = mode;
        Description = description ?? string.Empty;
        Rank = rank;
        FilteringAttributes = (filteringAttributes ?? []).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToArray();
        Images = (images ?? []).ToArray();
        UnsecureConfiguration = unsecureConfiguration;
        Name = $"{pluginType.FullName}: {message} of {primaryEntity} ({stage}, {mode})";

        Validate();
    }

    /// <summary>The registered name, unique per step; the solution derives the step's id from it.</summary>
    public string Name { get; }

    public Type PluginType { get; }

    /// <summary>The SDK message: Create, Update, Delete...</summary>
    public string Message { get; }

    /// <summary>The logical name of the table the step is filtered on.</summary>
    public string PrimaryEntity { get; }

    public PipelineStage Stage { get; }

    public StepMode Mode { get; }

    /// <summary>Execution order among steps of the same stage; lower runs first.</summary>
    public int Rank { get; }

    /// <summary>Update steps fire only when the Target holds one of these; empty means any column. Sorted.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; }

    public IReadOnlyList<StepImage> Images { get; }

    public string Description { get; }

    /// <summary>The step's unsecure configuration, passed to the plug-in's constructor. Secure configuration never ships.</summary>
    public string? UnsecureConfiguration { get; }

    public override string ToString() => Name;

    private void Validate()
    {
        if (!typeof(IPlugin).IsAssignableFrom(PluginType) || PluginType.IsAbstract)
        {
            throw new ArgumentException($"Step '{Name}': {PluginType.FullName} is not a concrete IPlugin.", "pluginType");
        }

        if (!Enum.IsDefined(typeof(PipelineStage), Stage))
        {
            throw new ArgumentException($"Step '{Name}': stage {(int)Stage} cannot be registered; use 10, 20 or 40.", "stage");
        }

        if (Mode == StepMode.Asynchronous && Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException($"Step '{Name}': asynchronous steps can only be registered in PostOperation (40).", "mode");
        }

        if (FilteringAttributes.Count > 0 && Message != "Update")
        {
            throw new ArgumentException($"Step '{Name}': filtering attributes apply to Update steps only.", "filteringAttributes");
        }

        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in Images)
        {
            if (!aliases.Add(image.Alias))
            {
                throw new ArgumentException($"Step '{Name}': image alias '{image.Alias}' is registered twice.", "images");
            }

            if (image.IsPreImage && Message == "Create")
            {
                throw new ArgumentException($"Step '{Name}': image '{image.Alias}' is a pre-image, and Create has none.", "images");
            }

            if (image.IsPostImage && (Message == "Delete" || Stage != PipelineStage.PostOperation))
            {
                throw new ArgumentException($"Step '{Name}': image '{image.Alias}' is a post-image, which exists only in PostOperation and never for Delete.", "images");
            }
        }
    }
}
