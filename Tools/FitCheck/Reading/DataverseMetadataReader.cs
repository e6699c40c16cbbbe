using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.FitCheck.Options;
using DualWrite.Schema.Dataverse;

namespace DualWrite.FitCheck.Reading;

/// <summary>
/// Reads the definitions of the tables the maps touch, and no others: live through the Web API
/// (EntityDefinitions(LogicalName='x') with Attributes and Keys expanded, then each choice type's option sets through
/// its cast), or from a file saved earlier. A Dataverse without msdyn_project has no Project Operations: refused.
/// </summary>
public static class DataverseMetadataReader
{
    private const string ApiRoot = "/api/data/v9.2/";

    /// <summary>The metadata types whose option sets are read, by the AttributeType (or AttributeTypeName) that has them.</summary>
    private static readonly (string Type, string Cast)[] s_choiceCasts =
    [
        ("Picklist", "PicklistAttributeMetadata"),
        ("MultiSelectPicklistType", "MultiSelectPicklistAttributeMetadata"),
        ("State", "StateAttributeMetadata"),
        ("Status", "StatusAttributeMetadata"),
        ("Boolean", "BooleanAttributeMetadata"),
    ];

    public static DataverseMetadata Live(Uri dataverseUrl, IReadOnlyList<string> tables, MetadataClient client, AccessTokens tokens, Uri? authorityHost)
    {
        string token = tokens.For("Dataverse", dataverseUrl, authorityHost, FitCheckHelp.DataverseTokenVariable);
        string who = tokens.SignedInAs(FitCheckHelp.DataverseTokenVariable);
        var answers = new JsonArray();
        foreach (string table in tables)
        {
            var entityUrl = new Uri(dataverseUrl, $"{ApiRoot}EntityDefinitions(LogicalName='{table}')");
            string? text = client.Get("Dataverse", new Uri(entityUrl + "?$expand=Attributes,Keys"), token, "application/json", who, notFoundIsNull: true);
            if (text is null)
            {
                continue;
            }

            JsonObject entity = Parse(text, entityUrl.AbsoluteUri);
            JsonObject[] attributes = (entity["Attributes"] as JsonArray ?? []).OfType<JsonObject>().ToArray();
            foreach ((string type, string cast) in s_choiceCasts.Where(c => attributes.Any(a => HasType(a, c.Type))))
            {
                var castUrl = new Uri($"{entityUrl}/Attributes/Microsoft.Dynamics.CRM.{cast}?$select=LogicalName&$expand=OptionSet");
                JsonObject answer = Parse(client.Get("Dataverse", castUrl, token, "application/json", who)!, castUrl.AbsoluteUri);
                foreach (JsonObject withOptions in (answer["value"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    JsonObject? attribute = attributes.FirstOrDefault(a => (string?)a["LogicalName"] == (string?)withOptions["LogicalName"]);
                    if (attribute is not null && HasType(attribute, type))
                    {
                        attribute["OptionSet"] = withOptions["OptionSet"]?.DeepClone();
                    }
                }
            }

            answers.Add(entity);
        }

        return Read(new JsonObject { ["value"] = answers }, tables, dataverseUrl.AbsoluteUri, dataverseUrl.AbsoluteUri + ApiRoot.TrimStart('/') + "EntityDefinitions");
    }

    public static DataverseMetadata FromFile(string file, IReadOnlyList<string> tables) =>
        Read(Parse(SavedFile.Read(file, "--dataverse-metadata"), file), tables, file, file);

    private static DataverseMetadata Read(JsonObject answers, IReadOnlyList<string> tables, string source, string where)
    {
        JsonObject[] entities = (answers["value"] as JsonArray ?? throw FitCheckException.BadInput($"{where}: the answers have no \"value\" array."))
            .OfType<JsonObject>().Where(e => tables.Contains((string?)e["LogicalName"], StringComparer.Ordinal)).ToArray();
        DataverseSnapshot snapshot;
        try
        {
            snapshot = DataverseSnapshot.FromJson(entities.Select(e => new KeyValuePair<string, string>(
                (string?)e["LogicalName"] + ".json", WebApiTableConverter.ToRecorded(e, $"{where}(LogicalName='{(string?)e["LogicalName"]}')").ToJsonString())));
        }
        catch (SchemaFileException e)
        {
            throw FitCheckException.BadInput($"{where}: a table definition cannot be read: {e.Message}", e);
        }

        string[] absent = tables.Where(t => !snapshot.TryGetTable(t, out _)).ToArray();
        if (absent.Contains("msdyn_project", StringComparer.Ordinal))
        {
            throw FitCheckException.BadInput(
                $"{source}: this Dataverse has no msdyn_project table, so Dynamics 365 Project Operations is not installed in it (or the app user cannot see it). Install Project Operations, or point --dataverse-url at the environment that has it.");
        }

        return new DataverseMetadata(snapshot, source, absent, new JsonObject { ["value"] = new JsonArray(entities.Select(e => (JsonNode)e.DeepClone()).ToArray()) });
    }

    private static bool HasType(JsonObject attribute, string type) =>
        (string?)attribute["AttributeType"] == type || (string?)attribute["AttributeTypeName"]?["Value"] == type;

    private static JsonObject Parse(string text, string where)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw FitCheckException.BadInput($"{where}: the answer is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw FitCheckException.BadInput($"{where}: not JSON: {e.Message}", e);
        }
    }
}
