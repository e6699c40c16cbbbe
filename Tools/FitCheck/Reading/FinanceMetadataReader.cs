using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.FitCheck.Options;

namespace DualWrite.FitCheck.Reading;

/// <summary>Reads a Finance's /data/$metadata and /Metadata/DataEntities, live (every page of the latter) or from saved files.</summary>
public static class FinanceMetadataReader
{
    public static FinanceMetadata Live(Uri financeUrl, MetadataClient client, AccessTokens tokens, Uri? authorityHost)
    {
        string token = tokens.For("Finance", financeUrl, authorityHost, FitCheckHelp.FinanceTokenVariable);
        string who = tokens.SignedInAs(FitCheckHelp.FinanceTokenVariable);
        var metadataUrl = new Uri(financeUrl, "/data/$metadata");
        string metadata = client.Get("Finance", metadataUrl, token, "application/xml", who)!;
        var entitiesUrl = new Uri(financeUrl, "/Metadata/DataEntities");
        var rows = new JsonArray();
        for (Uri? page = entitiesUrl; page is not null;)
        {
            string text = client.Get("Finance", page, token, "application/json", who)!;
            JsonNode? answer;
            try
            {
                answer = JsonNode.Parse(text);
            }
            catch (JsonException e)
            {
                throw FitCheckException.BadInput($"Finance's {entitiesUrl} did not answer JSON: {e.Message}", e);
            }

            foreach (JsonNode? row in answer?["value"] as JsonArray ?? throw FitCheckException.BadInput($"Finance's {entitiesUrl} answer has no \"value\" array."))
            {
                rows.Add(row?.DeepClone());
            }

            page = (string?)answer!["@odata.nextLink"] is string next ? new Uri(next) : null;
        }

        string entities = new JsonObject { ["value"] = rows }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        return FinanceMetadata.FromText(metadata, entities, financeUrl.AbsoluteUri, $"Finance's {metadataUrl}", $"Finance's {entitiesUrl}");
    }

    public static FinanceMetadata FromFiles(string metadataFile, string entitiesFile) =>
        FinanceMetadata.FromText(SavedFile.Read(metadataFile, "--finance-metadata"), SavedFile.Read(entitiesFile, "--finance-entities"), $"{metadataFile} and {entitiesFile}", metadataFile, entitiesFile);
}
