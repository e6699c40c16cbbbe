using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.Metrics;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;
using Spectre.Console;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// Plays back what Finance answers once it has the records, as Finance's flow does: it calls the zip's confirmation
/// action (dw_ApplyFinanceConfirmation) through the organization service, quoting the correlation id of each record's
/// sync state: actuals posted (voucher, accounting amount and exchange rate written back), proformas accepted as
/// invoice proposals and then posted. A confirmation the action refuses, or does not apply, is a difference for the check.
/// </summary>
public sealed class ConfirmationPlayer
{
    private static readonly DateTime PostingDate = new(2025, 7, 31, 0, 0, 0, DateTimeKind.Utc);

    private readonly InMemoryDataverse _dataverse;
    private readonly string _confirmAction;
    private readonly IOrganizationService _service;
    private readonly RunRecorder _recorder;
    private int _vouchers;

    /// <param name="confirmAction">The action's message name.</param>
    public ConfirmationPlayer(InMemoryDataverse dataverse, string confirmAction, RunRecorder recorder)
    {
        _dataverse = dataverse;
        _confirmAction = confirmAction;
        _service = dataverse.GetOrganizationService();
        _recorder = recorder;
    }

    public int Sent { get; private set; }

    public List<CheckDifference> Unapplied { get; } = [];

    public void Run(ProgressTask progress)
    {
        Entity[] states = _dataverse.Records(SyncStateTable.LogicalName)
            .Where(s => s.GetAttributeValue<string>(SyncStateTable.Columns.SourceTable) is "msdyn_actual" or "invoice")
            .ToArray();
        progress.MaxValue = Math.Max(1, states.Length);
        foreach (Entity state in states)
        {
            string table = state.GetAttributeValue<string>(SyncStateTable.Columns.SourceTable)!;
            Guid id = Guid.Parse(state.GetAttributeValue<string>(SyncStateTable.Columns.SourceId)!);
            string map = state.GetAttributeValue<string>(SyncStateTable.Columns.Map) ?? "";
            Entity? record = _dataverse.Find(table, id);
            foreach (Dictionary<string, object?> confirmation in Confirmations(table, record))
            {
                confirmation["RecordTable"] = table;
                confirmation["RecordId"] = id.ToString("D");
                confirmation["CorrelationId"] = state.GetAttributeValue<string>(SyncStateTable.Columns.CorrelationId);
                Play(table, id, map, confirmation);
            }

            progress.Increment(1);
        }

        progress.Value = progress.MaxValue;
    }

    private void Play(string table, Guid id, string map, Dictionary<string, object?> inputs)
    {
        Sent++;
        var request = new OrganizationRequest(_confirmAction);
        foreach ((string name, object? value) in inputs)
        {
            request.Parameters[name] = value;
        }

        OrganizationResponse? response = null;
        Exception? failure = _recorder.Time(table, RunPhase.Confirmation, id, () => response = _service.Execute(request));
        if (failure is not null || response?.Results["Applied"] is not true)
        {
            string why = failure?.Message ?? response?.Results["Message"] as string ?? "not applied";
            Unapplied.Add(new CheckDifference($"{table} {id:D}", map, $"Finance's {inputs["FinanceStatus"]} confirmation was not applied: {why}"));
        }
    }

    private IEnumerable<Dictionary<string, object?>> Confirmations(string table, Entity? record)
    {
        switch (table)
        {
            case "msdyn_actual":
                decimal amount = record?.GetAttributeValue<Money>("msdyn_amount")?.Value ?? 0m;
                decimal rate = ExchangeRate(record);
                yield return Posted(new Dictionary<string, object?>
                {
                    ["AccountingAmount"] = new Money(Math.Round(amount / rate, 2)),
                    ["ExchangeRate"] = rate,
                });
                break;
            case "invoice":
                string number = record?.GetAttributeValue<string>("invoicenumber") ?? "";
                yield return new Dictionary<string, object?> { ["FinanceStatus"] = "Accepted", ["InvoiceProposalId"] = number };
                yield return Posted(new Dictionary<string, object?> { ["InvoiceProposalId"] = number });
                break;
            default:
                yield return Posted(new Dictionary<string, object?>());
                break;
        }
    }

    private Dictionary<string, object?> Posted(Dictionary<string, object?> inputs)
    {
        inputs["FinanceStatus"] = "Posted";
        inputs["VoucherNumber"] = "VOU-" + (++_vouchers).ToString("000000", CultureInfo.InvariantCulture);
        inputs["PostingDate"] = PostingDate;
        return inputs;
    }

    // Finance posts in the company's accounting currency: the transaction currency's rate to it (1 for the base currency).
    private decimal ExchangeRate(Entity? actual)
    {
        EntityReference? currency = actual?.GetAttributeValue<EntityReference>("transactioncurrencyid");
        decimal? rate = currency is null ? null : _dataverse.Find("transactioncurrency", currency.Id)?.GetAttributeValue<decimal?>("exchangerate");
        return rate is > 0 ? rate.Value : 1m;
    }
}
