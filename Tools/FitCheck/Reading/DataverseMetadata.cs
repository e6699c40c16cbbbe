using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Schema.Dataverse;

namespace DualWrite.FitCheck.Reading;

/// <summary>
/// A Dataverse's tables as read (live or from a file): the snapshot the map check reads, the tables asked for that the
/// environment does not have, and the Web API answers ({"value":[EntityDefinitions...]}, option sets merged in) to save.
/// </summary>
public sealed record DataverseMetadata(DataverseSnapshot Snapshot, string Source, IReadOnlyList<string> Absent, JsonObject Answers)
{
    public const string FileName = "dataverse-metadata.json";

    public void Save(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), Answers.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}
