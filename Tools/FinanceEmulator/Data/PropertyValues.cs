using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>Checks a JSON value against a property's EDM type, and reads a key or filter literal from a URL as that type.</summary>
internal static class PropertyValues
{
    /// <summary>Null when the value fits; otherwise the OData error message.</summary>
    public static string? Reject(FinancePropertyDefinition property, JsonNode? value)
    {
        if (value is null)
        {
            return property.IsNullable ? null : $"The property '{property.Name}' cannot be null: it is declared as non-nullable '{property.EdmTypeName}'.";
        }

        if (property.EnumType is FinanceEnumType enumType)
        {
            return EnumValues.Reject(property, enumType, value);
        }

        bool fits = value is JsonValue scalar && scalar.GetValueKind() switch
        {
            JsonValueKind.String => property.Type switch
            {
                FinanceEdmType.String => true,
                FinanceEdmType.Guid => Guid.TryParse(scalar.GetValue<string>(), out _),
                FinanceEdmType.DateTimeOffset => DateTimeOffset.TryParse(scalar.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => false,
            },
            JsonValueKind.Number => property.Type switch
            {
                FinanceEdmType.Int32 => int.TryParse(scalar.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                FinanceEdmType.Int64 => long.TryParse(scalar.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                FinanceEdmType.Decimal or FinanceEdmType.Double => true,
                _ => false,
            },
            JsonValueKind.True or JsonValueKind.False => property.Type == FinanceEdmType.Boolean,
            _ => false,
        };
        return fits ? null : $"Cannot convert the literal '{value.ToJsonString()}' to the expected type '{property.EdmTypeName}' of property '{property.Name}'.";
    }

    /// <summary>A URL literal ('usmf', 42, true, a GUID, Microsoft.Dynamics.DataEntities.NoYes'Yes') as the JSON value the row holds; null when it is not of the type.</summary>
    public static JsonNode? FromLiteral(FinancePropertyDefinition property, string literal)
    {
        if (property.EnumType is FinanceEnumType enumType)
        {
            return EnumValues.FromLiteral(enumType, literal);
        }

        if (property.Type == FinanceEdmType.String)
        {
            return literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\''
                ? JsonValue.Create(literal[1..^1].Replace("''", "'"))
                : null;
        }

        return property.Type switch
        {
            FinanceEdmType.Int32 or FinanceEdmType.Int64 when long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole) => JsonValue.Create(whole),
            FinanceEdmType.Decimal or FinanceEdmType.Double when decimal.TryParse(literal, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number) => JsonValue.Create(number),
            FinanceEdmType.Boolean when literal is "true" or "false" => JsonValue.Create(literal == "true"),
            FinanceEdmType.Guid when Guid.TryParse(literal, out Guid id) => JsonValue.Create(id.ToString("D")),
            FinanceEdmType.DateTimeOffset when DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => JsonValue.Create(literal),
            _ => null,
        };
    }

    /// <summary>What Finance stores in a field the write left out.</summary>
    public static JsonNode? Default(FinancePropertyDefinition property) => property.IsNullable ? null : property.EnumType is FinanceEnumType enumType ? EnumValues.Default(enumType) : property.Type switch
    {
        FinanceEdmType.String => JsonValue.Create(""),
        FinanceEdmType.Boolean => JsonValue.Create(false),
        FinanceEdmType.Guid => JsonValue.Create(Guid.Empty.ToString("D")),
        FinanceEdmType.DateTimeOffset => JsonValue.Create("1900-01-01T00:00:00Z"),
        _ => JsonValue.Create(0),
    };
}
