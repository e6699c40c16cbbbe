using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Finance enum values as the wire carries them: a member name as a JSON string in bodies, and
/// Microsoft.Dynamics.DataEntities.NoYes'Yes' as a URL literal. Numbers and unknown names are refused.
/// </summary>
internal static class EnumValues
{
    /// <summary>Null when the JSON value is a member name of the property's enum; otherwise the OData error message.</summary>
    public static string? Reject(FinancePropertyDefinition property, FinanceEnumType enumType, JsonNode value)
    {
        string? name = value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : null;
        if (name is not null && enumType.FindMember(name) is not null)
        {
            return null;
        }

        string why = name is null
            ? $"a value of enum '{enumType.Name}' is one of its member names as a JSON string"
            : $"'{name}' is not a member of enum '{enumType.Name}'";
        return $"Cannot convert the literal '{value.ToJsonString()}' to the expected type '{enumType.QualifiedName}' of property '{property.Name}': {why} ({Members(enumType)}).";
    }

    /// <summary>The member named by a literal of the form Microsoft.Dynamics.DataEntities.NoYes'Yes', or null when it is not one.</summary>
    public static JsonNode? FromLiteral(FinanceEnumType enumType, string literal)
    {
        string prefix = enumType.QualifiedName + "'";
        if (literal.Length <= prefix.Length || !literal.StartsWith(prefix, StringComparison.Ordinal) || literal[^1] != '\'')
        {
            return null;
        }

        FinanceEnumMember? member = enumType.FindMember(literal[prefix.Length..^1]);
        return member is null ? null : JsonValue.Create(member.Name);
    }

    /// <summary>What Finance stores when a write leaves the field out: the member numbered 0, as X++ enums start there.</summary>
    public static JsonNode Default(FinanceEnumType enumType) =>
        JsonValue.Create((enumType.Members.FirstOrDefault(m => m.Value == 0) ?? enumType.Members[0]).Name);

    /// <summary>How a message lists what would have been accepted.</summary>
    public static string Members(FinanceEnumType enumType) => "members: " + string.Join(", ", enumType.Members.Select(m => m.Name));
}
