using System;
using System.ComponentModel;
using System.Linq;
using DualWrite.Common.Sync;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Sync;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.EntryPoints;

/// <summary>
/// The outbound step of every mapped table (Create, Update, Delete; synchronous PostOperation): sends the change to
/// Finance now (live) or queues it (queued), as each map's configured mode says. Writes the inbound path made are
/// never sent back.
/// </summary>
[DisplayName("DualWrite: outbound sync")]
[Description("Sends a saved Project Operations record to Finance through its table maps, live or queued.")]
public sealed class OutboundSyncPlugin : PluginBase
{
    private readonly FinanceAccess _finance;

    public OutboundSyncPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
        _finance = new FinanceAccess(secureConfiguration);
    }

    protected override void ExecuteDataversePlugin(LocalPluginContext context)
    {
        IPluginExecutionContext execution = context.PluginExecutionContext;
        if (SyncTag.IsInbound(execution))
        {
            context.Trace("A write of the inbound path: nothing goes back to Finance.");
            return;
        }

        SyncSettings settings = SyncSettingsReader.Read(context.PluginUserService, execution.OrganizationId);
        settings.RequireKnownMaps(TableMaps.Names);
        var sync = new OutboundSync(context.PluginUserService, settings, _finance.ClientFor(settings, context), context.TracingService);
        string changeStamp = (execution.RequestId ?? execution.OperationId).ToString("N");

        if (execution.MessageName == "Delete")
        {
            sync.Deleted(execution.PrimaryEntityName, execution.PrimaryEntityId, changeStamp, execution.CorrelationId);
            return;
        }

        Entity record = execution.PostEntityImages.TryGetValue(StepImages.Post, out Entity? image) ? image
            : throw new InvalidPluginExecutionException($"The outbound step on {execution.MessageName} of {execution.PrimaryEntityName} has no '{StepImages.Post}' image; register it as the step catalog says.");
        record.LogicalName = execution.PrimaryEntityName;
        record.Id = execution.PrimaryEntityId;
        sync.Saved(record, execution.MessageName == "Create", changeStamp, execution.CorrelationId);
    }
}
