using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Common.Tables;
using DualWrite.FinanceEmulator.Data;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.Check;

/// <summary>
/// "Every record synced exactly once": for every record a map sends, in every company it fans out to, Finance holds
/// exactly one row under its key whose mapped fields equal what the map builds from the record as Dataverse holds it
/// now; Finance holds no row that no record accounts for; every sync state is Synced or Confirmed; no outbox row is
/// Pending or Failed; and every confirmation Finance sent was applied.
/// </summary>
public static class SyncCheck
{
    /// <param name="runProblems">What the run itself saw go wrong: saves given up on, confirmations not applied.</param>
    /// <param name="entitySetOverrides">dw_EntitySetOverrides as the run set it (map name → entity set); null for none.</param>
    public static CheckVerdict Run(InMemoryDataverse dataverse, EntityStore finance, IReadOnlyList<string> legalEntities, IReadOnlyList<CheckDifference> runProblems, int confirmations, IReadOnlyDictionary<string, string>? entitySetOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(dataverse);
        ArgumentNullException.ThrowIfNull(finance);
        var differences = new List<CheckDifference>();
        IReadOnlyList<ExpectedRow> expected = ExpectedRows.Build(dataverse, legalEntities, differences, entitySetOverrides);
        int financeRows = CompareFinance(expected, finance, differences, entitySetOverrides);
        IReadOnlyList<Entity> states = dataverse.Records(SyncStateTable.LogicalName);
        CompareStates(expected, states, differences);
        IReadOnlyList<Entity> outbox = dataverse.Records(OutboxTable.LogicalName);
        CompareOutbox(outbox, differences);
        differences.AddRange(runProblems);
        return new CheckVerdict(expected.Count, financeRows, states.Count, outbox.Count, confirmations, differences);
    }

    private static int CompareFinance(IReadOnlyList<ExpectedRow> expected, EntityStore finance, List<CheckDifference> differences, IReadOnlyDictionary<string, string>? entitySetOverrides)
    {
        string[] entitySets = TableMaps.All.Select(m => ExpectedRows.EntitySetOf(m, entitySetOverrides)).Distinct(StringComparer.Ordinal).ToArray();
        int financeRows = 0;
        foreach (string entitySet in entitySets)
        {
            ServedEntitySet definition = finance.EntitySets[entitySet];
            IReadOnlyList<JsonObject> rows = finance.Rows(entitySet);
            financeRows += rows.Count;
            ILookup<string, JsonObject> held = rows.ToLookup(r => FinanceValues.KeyText(definition.KeyPropertyNames.Select(k => r[k])), StringComparer.Ordinal);
            var accounted = new HashSet<string>(StringComparer.Ordinal);
            var claimedBy = new Dictionary<string, ExpectedRow>(StringComparer.Ordinal);
            foreach (ExpectedRow row in expected.Where(r => r.EntitySet == entitySet))
            {
                string key = FinanceValues.KeyText(definition.KeyPropertyNames.Select(k => row.Key.FirstOrDefault(p => p.Key == k).Value));
                string keyText = KeyText(row);
                if (claimedBy.TryGetValue(key, out ExpectedRow? other))
                {
                    differences.Add(new CheckDifference(row.Record, row.Map, $"maps to Finance key {keyText} in {entitySet}, as {other.Record} (map {other.Map}) does: one Finance row cannot be both"));
                    continue;
                }

                claimedBy[key] = row;
                accounted.Add(key);
                JsonObject[] matches = held[key].ToArray();
                if (matches.Length != 1)
                {
                    differences.Add(new CheckDifference(row.Record, row.Map, matches.Length == 0 ? $"Finance holds no row under {keyText} in {entitySet}" : $"Finance holds {matches.Length} rows under {keyText} in {entitySet}"));
                    continue;
                }

                foreach ((string field, JsonNode? value) in row.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    JsonNode? actual = matches[0][field];
                    if (!FinanceValues.Same(value, actual))
                    {
                        differences.Add(new CheckDifference(row.Record, row.Map, $"the Finance row {keyText} in {entitySet} differs", field, FinanceValues.Show(value), FinanceValues.Show(actual)));
                    }
                }
            }

            foreach (IGrouping<string, JsonObject> stray in held.Where(g => !accounted.Contains(g.Key)))
            {
                JsonObject row = stray.First();
                string keyText = "(" + string.Join(",", definition.KeyPropertyNames.Select(k => $"{k}={FinanceValues.Show(row[k])}")) + ")";
                differences.Add(new CheckDifference($"Finance row {keyText} in {entitySet}", "-", "no Dataverse record accounts for it"));
            }
        }

        return financeRows;
    }

    private static void CompareStates(IReadOnlyList<ExpectedRow> expected, IReadOnlyList<Entity> states, List<CheckDifference> differences)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Entity state in states)
        {
            string map = state.GetAttributeValue<string>(SyncStateTable.Columns.Map) ?? "";
            string record = $"{state.GetAttributeValue<string>(SyncStateTable.Columns.SourceTable)} {state.GetAttributeValue<string>(SyncStateTable.Columns.SourceId)}";
            string legalEntity = state.GetAttributeValue<string>(SyncStateTable.Columns.LegalEntity) ?? "";
            known.Add($"{map}|{state.GetAttributeValue<string>(SyncStateTable.Columns.SourceId)}|{legalEntity}");
            int status = state.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)?.Value ?? 0;
            if (status is not (SyncStateTable.Status.Synced or SyncStateTable.Status.Confirmed))
            {
                string error = state.GetAttributeValue<string>(SyncStateTable.Columns.LastError) is { Length: > 0 } last ? $": {last}" : "";
                differences.Add(new CheckDifference(record, map, $"its sync state for {legalEntity} is {StatusName(status)}, not Synced or Confirmed{error}"));
            }
        }

        foreach (ExpectedRow row in expected.Where(r => !known.Contains($"{r.Map}|{r.RecordId:D}|{r.Partition}")))
        {
            differences.Add(new CheckDifference(row.Record, row.Map, $"has no sync state for {row.Partition}"));
        }
    }

    private static void CompareOutbox(IReadOnlyList<Entity> outbox, List<CheckDifference> differences)
    {
        foreach (Entity change in outbox)
        {
            int status = change.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)?.Value ?? 0;
            if (status is OutboxTable.Status.Pending or OutboxTable.Status.Failed)
            {
                string waiting = change.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor) is { Length: > 0 } parent ? $", waiting for {parent}" : "";
                string error = change.GetAttributeValue<string>(OutboxTable.Columns.LastError) is { Length: > 0 } last ? $": {last}" : "";
                differences.Add(new CheckDifference(
                    $"{change.GetAttributeValue<string>(OutboxTable.Columns.SourceTable)} {change.GetAttributeValue<string>(OutboxTable.Columns.SourceId)}",
                    change.GetAttributeValue<string>(OutboxTable.Columns.Map) ?? "",
                    $"its outbox change is {(status == OutboxTable.Status.Pending ? "still Pending" + waiting : "Failed" + error)}"));
            }
        }
    }

    private static string KeyText(ExpectedRow row) => "(" + string.Join(",", row.Key.Select(k => $"{k.Key}={FinanceValues.Show(k.Value)}")) + ")";

    private static string StatusName(int status) => status switch
    {
        SyncStateTable.Status.Pending => "Pending",
        SyncStateTable.Status.Failed => "Failed",
        SyncStateTable.Status.Skipped => "Skipped",
        SyncStateTable.Status.Rejected => "Rejected",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
