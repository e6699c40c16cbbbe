using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Registration;

/// <summary>An entity image registered on a step: the columns Dataverse snapshots before and/or after the operation.</summary>
public sealed class StepImage
{
    public StepImage(string alias, ImageType imageType, IEnumerable<string> attributes, string messagePropertyName = "Target")
    {
        if (string.IsNullOrWhiteSpace(alias))
        {
            throw new ArgumentException("An image needs an alias: it is the key plug-ins read it by.", nameof(alias));
        }

        if (string.IsNullOrWhiteSpace(messagePropertyName))
        {
            throw new ArgumentException($"Image '{alias}' needs a message property name ('Target', or 'id' for a Create post-image).", nameof(messagePropertyName));
        }

        Alias = alias;
        ImageType = imageType;
        Attributes = attributes.Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToArray();
        MessagePropertyName = messagePropertyName;
    }

    /// <summary>The key in PreEntityImages / PostEntityImages; also the image's name.</summary>
    public string Alias { get; }

    public ImageType ImageType { get; }

    /// <summary>The columns the image holds, sorted; empty means every column, as the platform reads it.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>The request parameter the image is taken from: 'Target' for Update and Delete, 'id' for Create.</summary>
    public string MessagePropertyName { get; }

    public bool IsPreImage => ImageType is ImageType.PreImage or ImageType.Both;

    public bool IsPostImage => ImageType is ImageType.PostImage or ImageType.Both;
}
