using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace DualWrite.Schema.Dataverse;

/// <summary>
/// Reads one Schema/Dataverse file (the format of Schema/README.md) and refuses what breaks the format, naming the
/// file and the name at fault: an unknown AttributeType, a lookup without targets or a choice without options, a limit
/// the type does not have, a name with both Source and Unconfirmed or with neither under a table without Source, a
/// Status option without State, a column twice.
/// </summary>
internal static class RecordedTableReader
{
    private static readonly JsonDocumentOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static RecordedTable Read(string file, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, s_options);
        }
        catch (JsonException error)
        {
            throw new SchemaFileException(file, null, "is not valid JSON: " + error.Message, error);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SchemaFileException(file, null, "holds no table object.");
            }

            string table = RequiredString(file, null, root, "LogicalName");
            Provenance tableProvenance = OwnProvenance(file, table, root)
                ?? throw new SchemaFileException(file, table, "the table has neither Source nor Unconfirmed.");
            string ownership = OptionalString(file, table, root, "OwnershipType") ?? "UserOwned";
            if (ownership is not ("UserOwned" or "OrganizationOwned" or "TeamOwned" or "BusinessOwned" or "None"))
            {
                throw new SchemaFileException(file, table, $"unknown OwnershipType '{ownership}'.");
            }

            var attributes = new List<RecordedAttribute>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonElement element in Array(file, table, root, "Attributes"))
            {
                RecordedAttribute attribute = ReadAttribute(file, table, element, tableProvenance);
                if (!names.Add(attribute.LogicalName))
                {
                    throw new SchemaFileException(file, attribute.LogicalName, "the attribute is recorded twice.");
                }

                attributes.Add(attribute);
            }

            bool userOwned = ownership is "UserOwned" or "TeamOwned";
            foreach (RecordedAttribute system in SystemAttributes(userOwned, tableProvenance).Where(a => names.Add(a.LogicalName)))
            {
                attributes.Add(system);
            }

            var keys = new List<RecordedKey>();
            foreach (JsonElement element in Array(file, table, root, "Keys"))
            {
                string name = RequiredString(file, table + " key", element, "LogicalName");
                string[] columns = Array(file, name, element, "KeyAttributes").Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : throw new SchemaFileException(file, name, "KeyAttributes must be names.")).ToArray();
                if (columns.Length == 0)
                {
                    throw new SchemaFileException(file, name, "the key has no KeyAttributes.");
                }

                string? missing = columns.FirstOrDefault(c => !names.Contains(c));
                if (missing is not null)
                {
                    throw new SchemaFileException(file, name, $"the key names '{missing}', which the table does not record.");
                }

                if (keys.Any(k => string.Equals(k.LogicalName, name, StringComparison.Ordinal)))
                {
                    throw new SchemaFileException(file, name, "the key is recorded twice.");
                }

                keys.Add(new RecordedKey(name, columns, OwnProvenance(file, name, element) ?? Inherit(file, name, tableProvenance)));
            }

            string primaryId = OptionalString(file, table, root, "PrimaryIdAttribute") ?? table + "id";
            return new RecordedTable(file, table, tableProvenance, attributes, keys)
            {
                EntitySetName = OptionalString(file, table, root, "EntitySetName"),
                PrimaryIdAttribute = primaryId,
                PrimaryNameAttribute = OptionalString(file, table, root, "PrimaryNameAttribute"),
                OwnershipType = ownership,
            };
        }
    }

    private static RecordedAttribute ReadAttribute(string file, string table, JsonElement element, Provenance tableProvenance)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaFileException(file, table, "an entry of Attributes is not an object.");
        }

        string name = RequiredString(file, table + " attribute", element, "LogicalName");
        string typeName = RequiredString(file, name, element, "AttributeType");
        if (!Enum.TryParse(typeName, ignoreCase: false, out AttributeType type) || !Enum.IsDefined(type) || char.IsDigit(typeName[0]))
        {
            throw new SchemaFileException(file, name, $"unknown AttributeType '{typeName}'.");
        }

        Provenance provenance = OwnProvenance(file, name, element) ?? Inherit(file, name, tableProvenance);
        string? required = OptionalString(file, name, element, "RequiredLevel");
        RequiredLevel level = RequiredLevel.None;
        if (required is not null && (!Enum.TryParse(required, ignoreCase: false, out level) || !Enum.IsDefined(level)))
        {
            throw new SchemaFileException(file, name, $"unknown RequiredLevel '{required}'.");
        }

        int? maxLength = OptionalInt(file, name, element, "MaxLength");
        decimal? min = OptionalDecimal(file, name, element, "MinValue");
        decimal? max = OptionalDecimal(file, name, element, "MaxValue");
        int? precision = OptionalInt(file, name, element, "Precision");
        string? behaviorName = OptionalString(file, name, element, "DateTimeBehavior");
        DateTimeBehavior? behavior = null;
        if (behaviorName is not null)
        {
            behavior = Enum.TryParse(behaviorName, ignoreCase: false, out DateTimeBehavior parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new SchemaFileException(file, name, $"unknown DateTimeBehavior '{behaviorName}'.");
        }

        string[] targets = Array(file, name, element, "Targets").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new SchemaFileException(file, name, "Targets must be table names.")).ToArray();
        string? cascadeName = OptionalString(file, name, element, "CascadeDelete");
        DeleteBehavior cascade = DeleteBehavior.RemoveLink;
        if (cascadeName is not null && (!Enum.TryParse(cascadeName, ignoreCase: false, out cascade) || !Enum.IsDefined(cascade)))
        {
            throw new SchemaFileException(file, name, $"unknown CascadeDelete '{cascadeName}' (Cascade, RemoveLink or Restrict).");
        }

        (string? optionSetName, List<RecordedOption> options) = ReadOptions(file, name, type, element, provenance, tableProvenance);
        var attribute = new RecordedAttribute(name, type, provenance)
        {
            RequiredLevel = level,
            MaxLength = maxLength,
            MinValue = min,
            MaxValue = max,
            Precision = precision,
            Format = OptionalString(file, name, element, "Format"),
            DateTimeBehavior = behavior,
            Targets = targets,
            CascadeDelete = cascade,
            OptionSetName = optionSetName,
            Options = options,
        };
        CheckLimits(file, attribute, cascadeName is not null);
        return attribute;
    }

    /// <summary>
    /// What the format requires of each type: a lookup its targets, a choice its options; and no limit a type does not
    /// have. A length, range, precision or date behaviour no public source shows may be left out: it is then unknown,
    /// and nothing is checked against it.
    /// </summary>
    private static void CheckLimits(string file, RecordedAttribute a, bool cascadeRecorded)
    {
        string name = a.LogicalName;
        bool text = a.AttributeType is AttributeType.String or AttributeType.Memo;
        bool number = a.AttributeType is AttributeType.Integer or AttributeType.BigInt or AttributeType.Decimal or AttributeType.Double or AttributeType.Money;
        bool fractional = a.AttributeType is AttributeType.Decimal or AttributeType.Double or AttributeType.Money;
        Applies(text, a.MaxLength is not null, "MaxLength");
        Applies(number, a.MinValue is not null, "MinValue");
        Applies(number, a.MaxValue is not null, "MaxValue");
        Applies(fractional, a.Precision is not null, "Precision");
        Applies(a.AttributeType == AttributeType.DateTime, a.DateTimeBehavior is not null || a.Format is not null, "Format and DateTimeBehavior");
        Applies(a.IsLookup, a.Targets.Count > 0 || cascadeRecorded, "Targets and CascadeDelete");
        Applies(a.IsChoice || a.AttributeType == AttributeType.Boolean, a.Options.Count > 0, "OptionSet");
        if (a.IsLookup && a.Targets.Count == 0)
        {
            throw new SchemaFileException(file, name, $"Targets is missing; a {a.AttributeType} column records the tables it points at.");
        }

        if (a.IsChoice && a.Options.Count == 0)
        {
            throw new SchemaFileException(file, name, $"OptionSet.Options is missing; a {a.AttributeType} column records every value it takes.");
        }

        if (a.MaxLength is <= 0)
        {
            throw new SchemaFileException(file, name, $"MaxLength {a.MaxLength} is not a length.");
        }

        if (a.MinValue > a.MaxValue)
        {
            throw new SchemaFileException(file, name, $"MinValue {a.MinValue} is above MaxValue {a.MaxValue}.");
        }

        void Applies(bool applies, bool present, string limit)
        {
            if (!applies && present)
            {
                throw new SchemaFileException(file, name, $"{limit} does not apply to {a.AttributeType} columns.");
            }
        }
    }

    private static (string? Name, List<RecordedOption> Options) ReadOptions(string file, string attribute, AttributeType type, JsonElement element, Provenance attributeProvenance, Provenance tableProvenance)
    {
        var options = new List<RecordedOption>();
        if (!element.TryGetProperty("OptionSet", out JsonElement set) || set.ValueKind == JsonValueKind.Null)
        {
            return (null, options);
        }

        if (set.ValueKind != JsonValueKind.Object)
        {
            throw new SchemaFileException(file, attribute, "OptionSet is not an object.");
        }

        foreach (JsonElement option in Array(file, attribute, set, "Options"))
        {
            int value = OptionalInt(file, attribute, option, "Value") ?? throw new SchemaFileException(file, attribute, "an option has no Value.");
            string where = $"{attribute}={value}";
            string label = OptionalString(file, where, option, "Label") ?? throw new SchemaFileException(file, where, "the option has no Label.");
            int? state = OptionalInt(file, where, option, "State");
            int? defaultStatus = OptionalInt(file, where, option, "DefaultStatus");
            if (type == AttributeType.Status && state is null)
            {
                throw new SchemaFileException(file, where, "a Status option must record the State it belongs to.");
            }

            if (type != AttributeType.Status && state is not null)
            {
                throw new SchemaFileException(file, where, "only a Status option records State.");
            }

            if (type != AttributeType.State && defaultStatus is not null)
            {
                throw new SchemaFileException(file, where, "only a State option records DefaultStatus.");
            }

            if (options.Any(o => o.Value == value))
            {
                throw new SchemaFileException(file, where, "the option value is recorded twice.");
            }

            options.Add(new RecordedOption(value, label, state, defaultStatus, OwnProvenance(file, where, option) ?? Inherit(file, where, tableProvenance, attributeProvenance)));
        }

        return (OptionalString(file, attribute, set, "Name"), options);
    }

    /// <summary>The system columns every table has, added unless the file records them itself.</summary>
    private static IEnumerable<RecordedAttribute> SystemAttributes(bool userOwned, Provenance table)
    {
        Provenance inherited = table.Inherited();
        yield return new RecordedAttribute("createdon", AttributeType.DateTime, inherited) { DateTimeBehavior = DateTimeBehavior.UserLocal, IsAddedByReader = true };
        yield return new RecordedAttribute("modifiedon", AttributeType.DateTime, inherited) { DateTimeBehavior = DateTimeBehavior.UserLocal, IsAddedByReader = true };
        yield return new RecordedAttribute("createdby", AttributeType.Lookup, inherited) { Targets = ["systemuser"], IsAddedByReader = true };
        yield return new RecordedAttribute("modifiedby", AttributeType.Lookup, inherited) { Targets = ["systemuser"], IsAddedByReader = true };
        yield return new RecordedAttribute("versionnumber", AttributeType.BigInt, inherited)
        {
            MinValue = long.MinValue,
            MaxValue = long.MaxValue,
            IsAddedByReader = true,
        };
        if (userOwned)
        {
            yield return new RecordedAttribute("ownerid", AttributeType.Owner, inherited) { Targets = ["systemuser", "team"], IsAddedByReader = true };
        }
    }

    /// <summary>A name's own provenance: its Source or its Unconfirmed reason; null when it has neither; refused when it has both.</summary>
    private static Provenance? OwnProvenance(string file, string name, JsonElement element)
    {
        string? source = OptionalString(file, name, element, "Source");
        string? unconfirmed = OptionalString(file, name, element, "Unconfirmed");
        if (source is not null && unconfirmed is not null)
        {
            throw new SchemaFileException(file, name, "has both Source and Unconfirmed; a name is one or the other.");
        }

        if (source is not null && string.IsNullOrWhiteSpace(source))
        {
            throw new SchemaFileException(file, name, "Source is empty.");
        }

        if (unconfirmed is not null && string.IsNullOrWhiteSpace(unconfirmed))
        {
            throw new SchemaFileException(file, name, "Unconfirmed gives no reason.");
        }

        return source is not null ? Provenance.FromSource(source) : unconfirmed is not null ? Provenance.FromUnconfirmed(unconfirmed) : null;
    }

    /// <summary>The provenance a name without its own takes: its table's (or column's), which only a table with a Source can give.</summary>
    private static Provenance Inherit(string file, string name, Provenance table, Provenance? column = null) =>
        table.IsConfirmed
            ? (column ?? table).Inherited()
            : throw new SchemaFileException(file, name, "has neither Source nor Unconfirmed, and its table has no Source to stand on.");

    private static IEnumerable<JsonElement> Array(string file, string name, JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : throw new SchemaFileException(file, name, property + " is not an array.");
    }

    private static string RequiredString(string file, string? name, JsonElement element, string property) =>
        OptionalString(file, name, element, property) is { Length: > 0 } value ? value : throw new SchemaFileException(file, name, $"{property} is missing.");

    private static string? OptionalString(string file, string? name, JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new SchemaFileException(file, name, property + " is not a string.");
    }

    private static int? OptionalInt(string file, string name, JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : throw new SchemaFileException(file, name, property + " is not a whole number.");
    }

    private static decimal? OptionalDecimal(string file, string name, JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number) ? number : throw new SchemaFileException(file, name, property + " is not a number.");
    }
}
