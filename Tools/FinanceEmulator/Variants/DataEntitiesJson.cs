using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Schema.Finance;

namespace DualWrite.FinanceEmulator.Variants;

/// <summary>/Metadata/DataEntities rows as Finance answers them: {"value":[{Name, PublicEntityName, PublicCollectionName}]}.</summary>
public static class DataEntitiesJson
{
    public static JsonObject Write(IEnumerable<FinanceDataEntityRow> rows) => new()
    {
        ["value"] = new JsonArray(rows.Select(r => (JsonNode)new JsonObject
        {
            ["Name"] = r.Name,
            ["PublicEntityName"] = r.PublicEntityName,
            ["PublicCollectionName"] = r.PublicCollectionName,
        }).ToArray()),
    };
}
