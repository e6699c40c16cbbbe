using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>Values OData.Core parsed from a URL (key or filter literal) as the JSON a row holds, and what Finance stores in a field a write leaves out.</summary>
internal static class EdmValues
{
    /// <summary>The JSON of a CLR value OData.Core produced for a property; null when it is not of the property's type (an enum value of another enum or no member).</summary>
    public static JsonNode? ToJson(IEdmStructuralProperty property, object? value) => value switch
    {
        null or ODataNullValue => null,
        ODataEnumValue enumValue => property.Type.IsEnum() ? EnumValues.Member((IEdmEnumType)property.Type.Definition, enumValue) : null,
        _ when property.Type.IsEnum() => null, // Finance takes an enum only as its enum literal, not as a string or a number
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int or long or short or byte or sbyte => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        decimal number => JsonValue.Create(number),
        double or float => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        Guid id => JsonValue.Create(id.ToString("D")),
        DateTimeOffset moment => JsonValue.Create(moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture).Replace("+00:00", "Z", StringComparison.Ordinal)),
        DateOnly day => JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>What Finance stores in a field the write left out.</summary>
    public static JsonNode? Default(IEdmStructuralProperty property)
    {
        IEdmTypeReference type = property.Type;
        if (type.IsNullable)
        {
            return null;
        }

        if (type.IsEnum())
        {
            return EnumValues.Default((IEdmEnumType)type.Definition);
        }

        return type.PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String => JsonValue.Create(""),
            EdmPrimitiveTypeKind.Boolean => JsonValue.Create(false),
            EdmPrimitiveTypeKind.Guid => JsonValue.Create(Guid.Empty.ToString("D")),
            EdmPrimitiveTypeKind.DateTimeOffset => JsonValue.Create("1900-01-01T00:00:00Z"),
            EdmPrimitiveTypeKind.Date => JsonValue.Create("1900-01-01"),
            EdmPrimitiveTypeKind.Binary => JsonValue.Create(""),
            _ => JsonValue.Create(0),
        };
    }
}
