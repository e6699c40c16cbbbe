using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Reads a create or update body as Finance's OData stack does: ODataMessageReader reads it as a resource of the
/// set's entity type, refusing an undeclared property, a value of the wrong EDM type, a date-time without its offset
/// or a null for a non-nullable property. OData.Core's messages do not always say which property was wrong; when one
/// does not, each property is read again alone to find it. Enum members are then checked by hand (see EnumValues).
/// </summary>
internal sealed class EntityBodyReader
{
    private readonly IEdmModel _model;
    private readonly Uri _dataRoot;

    public EntityBodyReader(IEdmModel model, Uri dataRoot)
    {
        _model = model;
        _dataRoot = dataRoot;
    }

    /// <summary>The body's fields (annotations left out), or the 400 answer naming what is wrong.</summary>
    public (JsonObject? Fields, OperationResult? Error) Read(ServedEntitySet set, string method, string body)
    {
        JsonObject given;
        try
        {
            given = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("the body is not a JSON object");
        }
        catch (JsonException e)
        {
            return (null, ODataErrors.BadRequest($"The request body is not a valid JSON object: {e.Message}"));
        }

        if (Refusal(set, method, body) is string refusal)
        {
            string? culprit = given.Select(p => p.Key).FirstOrDefault(n => !n.Contains('@', StringComparison.Ordinal) && refusal.Contains($"'{n}'", StringComparison.Ordinal));
            culprit ??= given.Where(p => !p.Key.Contains('@', StringComparison.Ordinal))
                .Select(p => p.Key)
                .FirstOrDefault(n => Refusal(set, method, new JsonObject { [n] = given[n]?.DeepClone() }.ToJsonString()) is not null);
            if (culprit is not null && set.FindProperty(culprit) is IEdmStructuralProperty property)
            {
                refusal = $"{refusal} {Culprit(property, given[culprit])}";
            }

            return (null, ODataErrors.BadRequest(refusal));
        }

        var fields = new JsonObject();
        foreach ((string name, JsonNode? value) in given)
        {
            if (name.Contains('@', StringComparison.Ordinal))
            {
                continue; // annotations (@odata.type, Name@odata.type) OData.Core has already checked
            }

            IEdmStructuralProperty property = set.FindProperty(name)!;
            if (value is not null && property.Type.IsEnum() && EnumValues.Reject(property, (IEdmEnumType)property.Type.Definition, value) is string wrongMember)
            {
                return (null, ODataErrors.BadRequest(wrongMember));
            }

            fields[name] = value?.DeepClone();
        }

        return (fields, null);
    }

    /// <summary>Names the property OData.Core's message did not name, with its type (and an enum's members).</summary>
    private static string Culprit(IEdmStructuralProperty property, JsonNode? value) => value is null
        ? $"The property '{property.Name}' cannot be null: it is declared as non-nullable '{property.Type.FullName()}'."
        : $"The value is that of property '{property.Name}' of type '{property.Type.FullName()}'"
          + (property.Type.Definition is IEdmEnumType enumType ? $", written as one of its member names as a JSON string ({EnumValues.Members(enumType)})." : ".");

    /// <summary>OData.Core's message when it refuses the body as a resource of the set's type; null when it reads it.</summary>
    private string? Refusal(ServedEntitySet set, string method, string body)
    {
        var message = new InMemoryRequestMessage(method, new Uri(_dataRoot, set.EntitySetName), "application/json;odata.metadata=minimal", Encoding.UTF8.GetBytes(body));
        var settings = new ODataMessageReaderSettings { BaseUri = _dataRoot, EnableMessageStreamDisposal = true };
        try
        {
            using var reader = new ODataMessageReader((IODataRequestMessage)message, settings, _model);
            ODataReader resources = reader.CreateODataResourceReader(set.EdmSet, set.EntityType);
            while (resources.Read())
            {
                if (resources.State == ODataReaderState.NestedResourceInfoStart)
                {
                    return "Nested resources are not supported in a write to this entity.";
                }
            }

            return null;
        }
        catch (ODataException e)
        {
            return e.Message;
        }
    }
}
