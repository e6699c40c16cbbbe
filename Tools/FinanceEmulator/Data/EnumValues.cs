using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Finance enum values as the wire carries them: a member name as a JSON string in bodies, and
/// Microsoft.Dynamics.DataEntities.NoYes'Yes' as a URL literal. OData.Core reads either as an ODataEnumValue but does
/// not hold it to the enum's members (nor refuse a number in a body); Finance's stack does, so that check is here.
/// </summary>
internal static class EnumValues
{
    /// <summary>Null when the JSON value is a member name of the property's enum; otherwise the OData error message.</summary>
    public static string? Reject(IEdmStructuralProperty property, IEdmEnumType enumType, JsonNode value)
    {
        string? name = value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : null;
        if (name is not null && IsMember(enumType, name))
        {
            return null;
        }

        string why = name is null
            ? $"a value of enum '{enumType.Name}' is one of its member names as a JSON string"
            : $"'{name}' is not a member of enum '{enumType.Name}'";
        return $"Cannot convert the literal '{value.ToJsonString()}' to the expected type '{enumType.FullName()}' of property '{property.Name}': {why} ({Members(enumType)}).";
    }

    /// <summary>The member an OData enum value names, when it is of this enum and names one of its members; else null.</summary>
    public static JsonNode? Member(IEdmEnumType enumType, ODataEnumValue value) =>
        (value.TypeName is null || value.TypeName == enumType.FullName()) && IsMember(enumType, value.Value) ? JsonValue.Create(value.Value) : null;

    public static bool IsMember(IEdmEnumType enumType, string name) => enumType.Members.Any(m => m.Name == name);

    /// <summary>What Finance stores when a write leaves the field out: the member numbered 0, as X++ enums start there.</summary>
    public static JsonNode Default(IEdmEnumType enumType) =>
        JsonValue.Create((enumType.Members.FirstOrDefault(m => m.Value.Value == 0) ?? enumType.Members.First()).Name);

    /// <summary>How a message lists what would have been accepted.</summary>
    public static string Members(IEdmEnumType enumType) => "members: " + string.Join(", ", enumType.Members.Select(m => m.Name));
}
