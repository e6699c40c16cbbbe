using System;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Schema.Dataverse;

namespace DualWrite.FitCheck.Reading;

/// <summary>
/// Turns one Web API EntityDefinitions answer (attributes and keys expanded, each choice's OptionSet merged in from
/// its cast) into the Schema/Dataverse format, so that DataverseSnapshot reads a customer's tables as it reads the
/// recorded ones. Every name stands on the environment as its source. Attribute types the format does not know
/// (Virtual, EntityName, PartyList...) are left out: no map reads them.
/// </summary>
public static class WebApiTableConverter
{
    public static JsonObject ToRecorded(JsonObject entity, string source)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var table = new JsonObject
        {
            ["LogicalName"] = (string?)entity["LogicalName"],
            ["EntitySetName"] = (string?)entity["EntitySetName"],
            ["PrimaryIdAttribute"] = (string?)entity["PrimaryIdAttribute"],
            ["PrimaryNameAttribute"] = (string?)entity["PrimaryNameAttribute"],
            ["Source"] = source,
            ["Attributes"] = new JsonArray((entity["Attributes"] as JsonArray ?? []).OfType<JsonObject>().Select(Attribute).OfType<JsonNode>().ToArray()),
            ["Keys"] = new JsonArray((entity["Keys"] as JsonArray ?? []).OfType<JsonObject>().Select(k => (JsonNode)new JsonObject
            {
                ["LogicalName"] = (string?)k["LogicalName"],
                ["KeyAttributes"] = k["KeyAttributes"]?.DeepClone(),
            }).ToArray()),
        };
        if ((string?)entity["OwnershipType"] is "UserOwned" or "OrganizationOwned" or "TeamOwned" or "BusinessOwned" or "None")
        {
            table["OwnershipType"] = (string?)entity["OwnershipType"];
        }

        return table;
    }

    private static JsonObject? Attribute(JsonObject attribute)
    {
        string? typeName = (string?)attribute["AttributeType"];
        if (typeName == "Virtual" && (string?)attribute["AttributeTypeName"]?["Value"] == "MultiSelectPicklistType")
        {
            typeName = nameof(AttributeType.MultiSelectPicklist);
        }

        if (typeName is null || char.IsDigit(typeName[0]) || !Enum.TryParse(typeName, ignoreCase: false, out AttributeType type) || !Enum.IsDefined(type))
        {
            return null;
        }

        var json = new JsonObject { ["LogicalName"] = (string?)attribute["LogicalName"], ["AttributeType"] = typeName };
        if ((string?)attribute["RequiredLevel"]?["Value"] is string level && Enum.TryParse(level, ignoreCase: false, out RequiredLevel _))
        {
            json["RequiredLevel"] = level;
        }

        // Only the limits the format gives each type (the Web API gives some types more, such as a text Format).
        bool text = type is AttributeType.String or AttributeType.Memo;
        bool number = type is AttributeType.Integer or AttributeType.BigInt or AttributeType.Decimal or AttributeType.Double or AttributeType.Money;
        Copy(attribute, json, "MaxLength", text);
        Copy(attribute, json, "MinValue", number);
        Copy(attribute, json, "MaxValue", number);
        Copy(attribute, json, "Precision", type is AttributeType.Decimal or AttributeType.Double or AttributeType.Money);
        if (type == AttributeType.DateTime)
        {
            Copy(attribute, json, "Format", true);
            if ((string?)attribute["DateTimeBehavior"]?["Value"] is string behavior)
            {
                json["DateTimeBehavior"] = behavior;
            }
        }

        if (type is AttributeType.Lookup or AttributeType.Customer or AttributeType.Owner)
        {
            if (attribute["Targets"] is not JsonArray { Count: > 0 } targets)
            {
                return null; // a lookup the service gives no target (a polymorphic system column): nothing a map follows
            }

            json["Targets"] = targets.DeepClone();
        }

        if (attribute["OptionSet"] is JsonObject optionSet)
        {
            json["OptionSet"] = new JsonObject { ["Name"] = (string?)optionSet["Name"], ["Options"] = Options(optionSet) };
        }

        return json;
    }

    private static JsonArray Options(JsonObject optionSet)
    {
        JsonNode?[] options = optionSet["Options"] is JsonArray list
            ? list.ToArray()
            : new[] { optionSet["FalseOption"], optionSet["TrueOption"] };
        return new JsonArray(options.OfType<JsonObject>().Select(o =>
        {
            var option = new JsonObject
            {
                ["Value"] = o["Value"]?.DeepClone(),
                ["Label"] = (string?)o["Label"]?["UserLocalizedLabel"]?["Label"] ?? (string?)o["Label"]?["LocalizedLabels"]?[0]?["Label"] ?? "",
            };
            Copy(o, option, "State", true);
            Copy(o, option, "DefaultStatus", true);
            return (JsonNode)option;
        }).ToArray());
    }

    private static void Copy(JsonObject from, JsonObject to, string name, bool applies)
    {
        if (applies && from[name] is JsonNode value && value.GetValueKind() != System.Text.Json.JsonValueKind.Null)
        {
            to[name] = value.DeepClone();
        }
    }
}
