using System;
using System.IO;
using DualWrite.Schema.Finance;

namespace DualWrite.FitCheck.Reading;

/// <summary>A Finance's schema as read (live or from files), with the answers' text so they can be saved.</summary>
/// <param name="Snapshot">The $metadata model with its DataEntities rows.</param>
/// <param name="Source">Where it was read: the URL or the two files.</param>
public sealed record FinanceMetadata(FinanceSnapshot Snapshot, string Source, string MetadataText, string EntitiesText)
{
    public const string MetadataFileName = "finance-metadata.xml";
    public const string EntitiesFileName = "finance-entities.json";

    public static FinanceMetadata FromText(string metadata, string entities, string source, string metadataWhere, string entitiesWhere)
    {
        FinanceSnapshot snapshot;
        try
        {
            snapshot = FinanceSnapshot.FromService(metadata, entities);
        }
        catch (InvalidDataException e) when (e.Message.StartsWith("$metadata", StringComparison.Ordinal))
        {
            throw FitCheckException.BadInput($"{metadataWhere} is not Finance's CSDL $metadata ({e.Message[("$metadata".Length + 2)..]}). Check the URL is the Finance environment's root and that the answer is not a sign-in page.", e);
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            throw FitCheckException.BadInput($"{entitiesWhere} is not Finance's /Metadata/DataEntities answer: {e.Message}", e);
        }

        return new FinanceMetadata(snapshot, source, metadata, entities);
    }

    public void Save(string folder)
    {
        File.WriteAllText(Path.Combine(folder, MetadataFileName), MetadataText);
        File.WriteAllText(Path.Combine(folder, EntitiesFileName), EntitiesText);
    }
}
