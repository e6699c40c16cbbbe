using System;
using System.Linq;
using DualWrite.Plugins.Registration;

namespace DualWrite.Tests.Testing.Support;

/// <summary>Shorthands for the PluginStep registrations the pipeline tests make.</summary>
internal static class Steps
{
    public static PluginStep On<TPlugin>(string message, string table, PipelineStage stage, string? configuration = null, StepMode mode = StepMode.Synchronous, int rank = 1, string[]? filteringAttributes = null, params StepImage[] images) =>
        new(typeof(TPlugin), message, table, stage, mode, $"test step {configuration}", rank, filteringAttributes, images, configuration);

    public static StepImage PreImage(string alias, params string[] columns) => new(alias, ImageType.PreImage, columns);

    public static StepImage PostImage(string alias, params string[] columns) => new(alias, ImageType.PostImage, columns);

    public static string[] Columns(params string[] columns) => columns.ToArray();
}
