using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace DualWrite.LocalRun.Check;

/// <summary>
/// A Finance row a Dataverse record must have become under a map, for one company (or shared variant): where it is
/// (entity set and key) and the values of its mapped fields, as JSON; <see cref="Partition"/> names its sync state.
/// </summary>
public sealed record ExpectedRow(string Map, string Table, Guid RecordId, string Partition, string EntitySet, IReadOnlyList<KeyValuePair<string, JsonNode?>> Key, IReadOnlyDictionary<string, JsonNode?> Fields)
{
    public string Record => $"{Table} {RecordId:D}";
}
