using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Schema.Dataverse;
using DualWrite.Schema.Finance;
using Microsoft.OData.Edm;

namespace DualWrite.FitCheck.Fit;

/// <summary>
/// Settles the names Schema/ records unconfirmed against an environment: each is confirmed (the environment has it),
/// differs (it has another), absent, or not read (a Dataverse table the maps do not touch).
/// </summary>
public static class UnconfirmedNames
{
    private const string JsonSuffix = ".json";

    public static IEnumerable<UnconfirmedFinding> Finance(FinanceSnapshot recorded, FinanceSnapshot environment)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (FinanceUnconfirmedName name in recorded.Unconfirmed)
        {
            string aot = name.File.EndsWith(JsonSuffix, StringComparison.Ordinal) ? name.File[..^JsonSuffix.Length] : name.File;
            FinanceDataEntityRow? mine = recorded.DataEntities.FirstOrDefault(r => r.Name == aot);
            FinanceDataEntityRow? theirs = environment.DataEntities.FirstOrDefault(r => r.Name == aot);
            (string verdict, string detail) = name.Name switch
            {
                "Name" => theirs is null ? Missing($"no data entity {aot}") : Yes(),
                "PublicEntityName" => Compare(theirs?.PublicEntityName, mine?.PublicEntityName, aot),
                "PublicCollectionName" => Compare(theirs?.PublicCollectionName, mine?.PublicCollectionName, aot),
                _ => Element(name.Name, theirs?.PublicEntityName ?? mine?.PublicEntityName, environment.Model),
            };
            yield return new UnconfirmedFinding("Finance", aot + ": " + name.Name, verdict, detail);
        }
    }

    public static IEnumerable<UnconfirmedFinding> Dataverse(DataverseSnapshot recorded, DataverseSnapshot environment, IReadOnlyCollection<string> tablesRead)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (RecordedTable table in recorded.Tables)
        {
            foreach (string name in table.UnconfirmedNames())
            {
                if (!tablesRead.Contains(table.LogicalName))
                {
                    yield return new UnconfirmedFinding("Dataverse", name, UnconfirmedFinding.NotRead, "no map reads the table, so it was not asked for");
                    continue;
                }

                (string verdict, string detail) = environment.TryGetTable(table.LogicalName, out RecordedTable theirs)
                    ? Column(table, theirs, name)
                    : Missing("no such table");
                yield return new UnconfirmedFinding("Dataverse", name, verdict, detail);
            }
        }
    }

    private static (string, string) Column(RecordedTable mine, RecordedTable theirs, string name)
    {
        if (name == mine.LogicalName)
        {
            return Yes();
        }

        string rest = name[(mine.LogicalName.Length + 1)..];
        if (mine.Keys.Any(k => k.LogicalName == rest))
        {
            RecordedKey? key = theirs.Keys.FirstOrDefault(k => k.LogicalName == rest);
            RecordedKey recordedKey = mine.Keys.First(k => k.LogicalName == rest);
            return key is null ? Missing("keys: " + string.Join(", ", theirs.Keys.Select(k => k.ToString())))
                : key.KeyAttributes.SequenceEqual(recordedKey.KeyAttributes) ? Yes()
                : (UnconfirmedFinding.Differs, key.ToString());
        }

        string[] parts = rest.Split('=', 2);
        if (!theirs.TryGetAttribute(parts[0], out RecordedAttribute column))
        {
            return Missing("no such column");
        }

        if (parts.Length == 1)
        {
            RecordedAttribute recordedColumn = mine.Attributes.First(a => a.LogicalName == parts[0]);
            return column.AttributeType == recordedColumn.AttributeType ? Yes() : (UnconfirmedFinding.Differs, $"a {column.AttributeType} column");
        }

        int value = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return column.Options.Any(o => o.Value == value) ? Yes() : Missing("values: " + string.Join(", ", column.Options.Select(o => o.ToString())));
    }

    private static (string, string) Element(string name, string? entityType, IEdmModel model)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        IEdmEnumType? enumType = model.SchemaElements.OfType<IEdmEnumType>().FirstOrDefault(e => e.Name == (dot < 0 ? name : name[..dot]));
        if (enumType is not null)
        {
            return dot < 0 || enumType.Members.Any(m => m.Name == name[(dot + 1)..]) ? Yes() : Missing("members: " + string.Join(", ", enumType.Members.Select(m => m.Name)));
        }

        if (dot > 0)
        {
            return Missing($"no enum type {name[..dot]}");
        }

        IEdmEntityType? type = model.SchemaElements.OfType<IEdmEntityType>().FirstOrDefault(t => t.Name == entityType);
        return type is null ? Missing($"no entity type {entityType}")
            : type.FindProperty(name) is null ? Missing($"{entityType} has no property {name}")
            : Yes();
    }

    private static (string, string) Compare(string? theirs, string? mine, string aot) =>
        theirs is null ? Missing($"no data entity {aot}") : theirs == mine ? Yes() : (UnconfirmedFinding.Differs, "'" + theirs + "'");

    private static (string, string) Yes() => (UnconfirmedFinding.Confirmed, "");

    private static (string, string) Missing(string detail) => (UnconfirmedFinding.Absent, detail);
}
