using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace DualWrite.Schema.Finance;

/// <summary>
/// Merges the recorded entities' CSDL documents, each parsed by CsdlReader, into the one model Finance's
/// $metadata is: namespace Microsoft.Dynamics.DataEntities, container Resources. An enum type declared in several
/// documents must be declared the same way in each; an entity type or entity set is declared once.
/// </summary>
internal sealed class FinanceModelMerge
{
    public const string Namespace = "Microsoft.Dynamics.DataEntities";
    public const string ContainerName = "Resources";

    private readonly EdmModel _model = new();
    private readonly EdmEntityContainer _container = new(Namespace, ContainerName);
    private readonly Dictionary<string, (RecordedEnumType Type, string File)> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);

    public FinanceModelMerge()
    {
        _model.AddElement(_container);
    }

    public IEdmModel Model => _model;

    /// <summary>Parses one document as $metadata has it; the file name is in every error.</summary>
    public static IEdmModel Parse(string file, string csdl)
    {
        using var reader = XmlReader.Create(new StringReader(csdl));
        IEdmModel model;
        IEnumerable<EdmError> errors;
        try
        {
            if (!CsdlReader.TryParse(reader, out model, out errors))
            {
                throw new InvalidDataException($"{file}: not a valid CSDL document: {string.Join("; ", errors.Select(e => e.ErrorMessage))}");
            }
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{file}: not well-formed XML: {e.Message}", e);
        }

        if (model.EntityContainer is null || model.EntityContainer.Namespace != Namespace || model.EntityContainer.Name != ContainerName)
        {
            throw new InvalidDataException($"{file}: the entity container must be {Namespace}.{ContainerName}, as Finance's $metadata declares it.");
        }

        IEdmSchemaElement? stranger = model.SchemaElements.FirstOrDefault(e => e.Namespace != Namespace);
        if (stranger is not null)
        {
            throw new InvalidDataException($"{file}: '{stranger.FullName()}' is outside the namespace {Namespace}.");
        }

        return model;
    }

    public void Add(string file, IEdmModel document)
    {
        foreach (IEdmEnumType enumType in document.SchemaElements.OfType<IEdmEnumType>())
        {
            AddEnum(file, enumType);
        }

        var types = new Dictionary<IEdmEntityType, EdmEntityType>();
        foreach (IEdmEntityType entityType in document.SchemaElements.OfType<IEdmEntityType>())
        {
            if (_types.TryGetValue(entityType.Name, out string? earlier))
            {
                throw new InvalidDataException($"{file}: entity type '{entityType.Name}' is declared in {earlier} too; each entity is recorded once.");
            }

            _types.Add(entityType.Name, file);
            types.Add(entityType, CopyEntity(file, entityType));
        }

        IEdmSchemaElement? other = document.SchemaElements.FirstOrDefault(e => e is not IEdmEnumType and not IEdmEntityType and not IEdmEntityContainer);
        if (other is not null)
        {
            throw new InvalidDataException($"{file}: '{other.Name}' is a {other.SchemaElementKind}; the recorded entities hold entity types and enum types only.");
        }

        foreach (IEdmEntitySet set in document.EntityContainer.EntitySets())
        {
            if (_container.FindEntitySet(set.Name) is not null)
            {
                throw new InvalidDataException($"{file}: entity set '{set.Name}' is declared by another document too.");
            }

            _container.AddEntitySet(set.Name, types[set.EntityType]);
        }
    }

    private void AddEnum(string file, IEdmEnumType enumType)
    {
        if (_enums.TryGetValue(enumType.Name, out var known))
        {
            if (!SameEnum(known.Type, enumType))
            {
                throw new InvalidDataException($"{file}: enum type '{enumType.Name}' ({Describe(enumType)}) is declared otherwise in {known.File} ({Describe(known.Type)}); one Finance enum has one declaration.");
            }

            return;
        }

        var copy = new RecordedEnumType(Namespace, enumType.Name, enumType.UnderlyingType, enumType.IsFlags);
        foreach (IEdmEnumMember member in enumType.Members)
        {
            copy.AddMember(member.Name, member.Value.Value);
        }

        _model.AddElement(copy);
        _enums.Add(enumType.Name, (copy, file));
    }

    private EdmEntityType CopyEntity(string file, IEdmEntityType entityType)
    {
        if (entityType.BaseType is not null || entityType.IsAbstract || entityType.IsOpen || entityType.DeclaredNavigationProperties().Any())
        {
            throw new InvalidDataException($"{file}: entity type '{entityType.Name}' has a base type, is abstract or open, or has navigation properties; the recorded entities are closed types with structural properties only.");
        }

        var copy = new EdmEntityType(Namespace, entityType.Name);
        var properties = new Dictionary<string, EdmStructuralProperty>(StringComparer.Ordinal);
        foreach (IEdmStructuralProperty property in entityType.DeclaredStructuralProperties())
        {
            properties.Add(property.Name, copy.AddStructuralProperty(property.Name, TypeOf(file, entityType, property)));
        }

        copy.AddKeys(entityType.Key().Select(k => (IEdmStructuralProperty)properties[k.Name]));
        _model.AddElement(copy);
        return copy;
    }

    private IEdmTypeReference TypeOf(string file, IEdmEntityType entityType, IEdmStructuralProperty property)
    {
        IEdmTypeReference type = property.Type;
        if (type.IsPrimitive())
        {
            return type; // primitive references point at the core model's types, which every model shares
        }

        if (type.IsEnum())
        {
            return new EdmEnumTypeReference(_enums[type.Definition.AsElementType().FullTypeName()[(Namespace.Length + 1)..]].Type, type.IsNullable);
        }

        throw new InvalidDataException($"{file}: property '{entityType.Name}.{property.Name}' is of type '{type.FullName()}'; the recorded entities use EDM primitives and Finance enums.");
    }

    private static bool SameEnum(IEdmEnumType first, IEdmEnumType second) =>
        first.UnderlyingType.PrimitiveKind == second.UnderlyingType.PrimitiveKind
        && first.IsFlags == second.IsFlags
        && first.Members.Select(m => (m.Name, m.Value.Value)).SequenceEqual(second.Members.Select(m => (m.Name, m.Value.Value)));

    private static string Describe(IEdmEnumType enumType) =>
        (enumType.IsFlags ? "flags, " : "") + enumType.UnderlyingType.FullName() + ": " + string.Join(", ", enumType.Members.Select(m => $"{m.Name}={m.Value.Value}"));
}
