using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Schema.Dataverse;

namespace DualWrite.DataverseMetadataServer;

/// <summary>
/// A recorded table as the Web API answers for it: EntityDefinitions(LogicalName='x')?$expand=Attributes,Keys (each
/// attribute with its metadata type, required level and limits; option sets are navigation properties there, not
/// included) and the option sets of one choice type through its cast, .../Attributes/Microsoft.Dynamics.CRM.&lt;Type&gt;?$expand=OptionSet.
/// </summary>
public static class EntityDefinitionJson
{
    private const int English = 1033;

    /// <summary>The metadata types whose OptionSet a cast request expands, by cast name.</summary>
    public static IReadOnlyDictionary<string, AttributeType> ChoiceCasts { get; } = new Dictionary<string, AttributeType>(StringComparer.Ordinal)
    {
        ["PicklistAttributeMetadata"] = AttributeType.Picklist,
        ["MultiSelectPicklistAttributeMetadata"] = AttributeType.MultiSelectPicklist,
        ["StateAttributeMetadata"] = AttributeType.State,
        ["StatusAttributeMetadata"] = AttributeType.Status,
        ["BooleanAttributeMetadata"] = AttributeType.Boolean,
    };

    public static JsonObject Entity(RecordedTable table, Uri serviceRoot) => new()
    {
        ["@odata.context"] = serviceRoot.AbsoluteUri + "$metadata#EntityDefinitions(Attributes(),Keys())/$entity",
        ["LogicalName"] = table.LogicalName,
        ["EntitySetName"] = table.EntitySetName,
        ["PrimaryIdAttribute"] = table.PrimaryIdAttribute,
        ["PrimaryNameAttribute"] = table.PrimaryNameAttribute,
        ["OwnershipType"] = table.OwnershipType,
        ["Attributes"] = new JsonArray(table.Attributes.Select(a => (JsonNode)Attribute(table, a)).ToArray()),
        ["Keys"] = new JsonArray(table.Keys.Select(k => (JsonNode)new JsonObject
        {
            ["LogicalName"] = k.LogicalName,
            ["EntityLogicalName"] = table.LogicalName,
            ["KeyAttributes"] = new JsonArray(k.KeyAttributes.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()),
        }).ToArray()),
    };

    /// <summary>{"value":[{LogicalName, OptionSet}]} for every attribute of the cast's type.</summary>
    public static JsonObject OptionSets(RecordedTable table, string cast, Uri serviceRoot) => new()
    {
        ["@odata.context"] = serviceRoot.AbsoluteUri + $"$metadata#EntityDefinitions('{table.LogicalName}')/Attributes/Microsoft.Dynamics.CRM.{cast}(LogicalName,OptionSet())",
        ["value"] = new JsonArray(table.Attributes.Where(a => a.AttributeType == ChoiceCasts[cast]).Select(a => (JsonNode)new JsonObject
        {
            ["LogicalName"] = a.LogicalName,
            ["OptionSet"] = OptionSet(a),
        }).ToArray()),
    };

    private static JsonObject Attribute(RecordedTable table, RecordedAttribute a)
    {
        bool multiSelect = a.AttributeType == AttributeType.MultiSelectPicklist;
        var json = new JsonObject
        {
            ["@odata.type"] = "#Microsoft.Dynamics.CRM." + MetadataType(a.AttributeType),
            ["LogicalName"] = a.LogicalName,
            ["EntityLogicalName"] = table.LogicalName,
            ["AttributeType"] = multiSelect ? "Virtual" : a.AttributeType.ToString(),
            ["AttributeTypeName"] = new JsonObject { ["Value"] = (multiSelect ? "MultiSelectPicklist" : a.AttributeType.ToString()) + "Type" },
            ["RequiredLevel"] = new JsonObject { ["Value"] = a.RequiredLevel.ToString(), ["CanBeChanged"] = true },
        };
        Add(json, "MaxLength", a.MaxLength);
        Add(json, "MinValue", a.MinValue);
        Add(json, "MaxValue", a.MaxValue);
        Add(json, "Precision", a.Precision);
        if (a.Format is not null)
        {
            json["Format"] = a.Format;
        }

        if (a.DateTimeBehavior is DateTimeBehavior behavior)
        {
            json["DateTimeBehavior"] = new JsonObject { ["Value"] = behavior.ToString() };
        }

        if (a.IsLookup)
        {
            json["Targets"] = new JsonArray(a.Targets.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());
        }

        return json;
    }

    private static JsonObject OptionSet(RecordedAttribute a)
    {
        if (a.AttributeType == AttributeType.Boolean)
        {
            return new JsonObject
            {
                ["Name"] = a.OptionSetName,
                ["OptionSetType"] = "Boolean",
                ["FalseOption"] = a.Options.FirstOrDefault(o => o.Value == 0) is RecordedOption no ? Option(no) : null,
                ["TrueOption"] = a.Options.FirstOrDefault(o => o.Value == 1) is RecordedOption yes ? Option(yes) : null,
            };
        }

        return new JsonObject
        {
            ["Name"] = a.OptionSetName,
            ["OptionSetType"] = a.AttributeType.ToString(),
            ["Options"] = new JsonArray(a.Options.Select(o => (JsonNode)Option(o)).ToArray()),
        };
    }

    private static JsonObject Option(RecordedOption option)
    {
        var label = new JsonObject { ["Label"] = option.Label, ["LanguageCode"] = English };
        var json = new JsonObject
        {
            ["Value"] = option.Value,
            ["Label"] = new JsonObject { ["LocalizedLabels"] = new JsonArray(label.DeepClone()), ["UserLocalizedLabel"] = label },
        };
        Add(json, "State", option.State);
        Add(json, "DefaultStatus", option.DefaultStatus);
        return json;
    }

    private static void Add(JsonObject json, string name, int? value)
    {
        if (value is int number)
        {
            json[name] = number;
        }
    }

    private static void Add(JsonObject json, string name, decimal? value)
    {
        if (value is decimal number)
        {
            // Whole limits are written as whole numbers, as the service writes an integer column's range.
            json[name] = number == decimal.Truncate(number) && Math.Abs(number) <= long.MaxValue
                ? JsonValue.Create(decimal.ToInt64(number))
                : JsonValue.Create(double.Parse(number.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
    }

    private static string MetadataType(AttributeType type) => type switch
    {
        AttributeType.Uniqueidentifier => "UniqueIdentifierAttributeMetadata",
        AttributeType.Customer or AttributeType.Owner => "LookupAttributeMetadata",
        _ => type + "AttributeMetadata",
    };
}
