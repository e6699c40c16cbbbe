using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Registration;

namespace DualWrite.Plugins.EntryPoints;

/// <summary>
/// The steps derived from the table maps: per mapped table, one synchronous PostOperation step on Create and on
/// Update (filtered on the maps' trigger columns, with a post-image of exactly the columns the maps read), and on
/// Delete where a map syncs deletes; and the outbox delivery's asynchronous steps.
/// </summary>
internal static class OutboundSteps
{
    public static IReadOnlyList<PluginStep> All { get; } = [.. TableMaps.All.Select(m => m.SourceTable).Distinct().SelectMany(ForTable), .. Delivery()];

    private static IEnumerable<PluginStep> ForTable(string table)
    {
        IReadOnlyList<TableMap> maps = TableMaps.Of(table);
        string[] imageColumns = maps.SelectMany(m => m.ImageColumns).Distinct().ToArray();
        string[] triggers = maps.SelectMany(m => m.TriggerColumns).Distinct().ToArray();
        string names = string.Join(", ", maps.Select(m => m.Name));

        yield return new PluginStep(
            typeof(OutboundSyncPlugin), "Create", table, PipelineStage.PostOperation, StepMode.Synchronous,
            $"Sends a new {table} to Finance ({names}).",
            images: [new StepImage(StepImages.Post, ImageType.PostImage, imageColumns, "Id")]);
        yield return new PluginStep(
            typeof(OutboundSyncPlugin), "Update", table, PipelineStage.PostOperation, StepMode.Synchronous,
            $"Sends a change of a mapped column of {table} to Finance ({names}).",
            filteringAttributes: triggers,
            images: [new StepImage(StepImages.Post, ImageType.PostImage, imageColumns)]);
        if (maps.Any(m => m.SyncsDeletes))
        {
            yield return new PluginStep(
                typeof(OutboundSyncPlugin), "Delete", table, PipelineStage.PostOperation, StepMode.Synchronous,
                $"Deletes a {table} from Finance ({string.Join(", ", maps.Where(m => m.SyncsDeletes).Select(m => m.Name))}).");
        }
    }

    private static IEnumerable<PluginStep> Delivery()
    {
        yield return new PluginStep(
            typeof(OutboxDeliveryPlugin), "Create", OutboxTable.LogicalName, PipelineStage.PostOperation, StepMode.Asynchronous,
            "Delivers a queued change to Finance.");
        yield return new PluginStep(
            typeof(OutboxDeliveryPlugin), "Update", OutboxTable.LogicalName, PipelineStage.PostOperation, StepMode.Asynchronous,
            "Delivers a change set Pending again (a replay, or a parent that reached Finance).",
            filteringAttributes: [OutboxTable.Columns.Status]);
    }
}
