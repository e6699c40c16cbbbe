using System;
using System.ComponentModel;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Plugins.Sync;

namespace DualWrite.Plugins.EntryPoints;

/// <summary>
/// Delivers queued changes (asynchronous PostOperation on dw_outbox Create, and Update of its delivery status): a
/// Pending row is sent to Finance, retried on transient failures, and left Failed with the reason after the last
/// attempt. A replay (the row set Pending again) is delivered even when the inbound path tagged it.
/// </summary>
[DisplayName("DualWrite: outbox delivery")]
[Description("Sends queued changes from the DualWrite outbox to Finance, with retries; failed changes can be replayed.")]
public sealed class OutboxDeliveryPlugin : PluginBase
{
    private readonly FinanceAccess _finance;

    public OutboxDeliveryPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
        _finance = new FinanceAccess(secureConfiguration);
    }

    protected override void ExecuteDataversePlugin(LocalPluginContext context)
    {
        var service = context.PluginUserService;
        var states = new SyncStateStore(service);
        // Configuration is read only when there is something to send, and a bad setting fails the row with its name.
        var settings = new Lazy<SyncSettings>(() => SyncSettingsReader.Read(service, context.PluginExecutionContext.OrganizationId));
        var rows = new Lazy<FinanceRowBuilder>(() => new FinanceRowBuilder(new RelatedRecords(service), settings.Value));
        var finance = new Lazy<Func<FinanceClient>>(() => _finance.ClientFor(settings.Value, context));
        var sender = new Lazy<MapSender>(() => new MapSender(service, states, rows.Value, finance.Value, context.TracingService));
        new OutboxDelivery(
            service,
            states,
            () => sender.Value,
            () => new InitialSyncBatch(service, settings.Value, states, rows.Value, finance.Value, context.TracingService),
            context.TracingService).Deliver(context.PluginExecutionContext.PrimaryEntityId);
    }
}
