using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DualWrite.Plugins.Finance;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Validation;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// The model of the plug-in's entity definitions (FinanceEntityCatalog, a test's own): the same IEdmModel a recorded
/// snapshot gives, in Finance's namespace Microsoft.Dynamics.DataEntities and container Resources, with one EnumType
/// for each Finance enum the properties use, so that both are served and validated by one code path.
/// </summary>
internal static class DefinitionModel
{
    public const string Namespace = FinanceEntityDefinition.SchemaNamespace;

    /// <summary>The model; the definitions are refused when they do not make one valid model (an enum declared two ways, say).</summary>
    public static IEdmModel Build(IEnumerable<FinanceEntityDefinition> definitions)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "Resources");
        model.AddElement(container);
        var enums = new Dictionary<string, (FinanceEnumType Definition, EdmEnumType Edm)>(StringComparer.Ordinal);
        foreach (FinanceEntityDefinition definition in definitions)
        {
            var type = new EdmEntityType(Namespace, definition.EntityTypeName);
            var properties = definition.Properties.ToDictionary(p => p.Name, p => type.AddStructuralProperty(p.Name, TypeOf(model, enums, definition, p)));
            type.AddKeys(definition.KeyPropertyNames.Select(k => (IEdmStructuralProperty)properties[k]));
            model.AddElement(type);
            container.AddEntitySet(definition.EntitySetName, type);
        }

        if (!model.Validate(out IEnumerable<EdmError> errors))
        {
            throw new InvalidDataException("The entity definitions do not make a valid model: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }

        return model;
    }
    private static IEdmTypeReference TypeOf(EdmModel model, Dictionary<string, (FinanceEnumType Definition, EdmEnumType Edm)> enums, FinanceEntityDefinition entity, FinancePropertyDefinition property)
    {
        if (property.EnumType is not FinanceEnumType enumType)
        {
            return EdmCoreModel.Instance.GetPrimitive(Kind(property.Type), property.IsNullable);
        }

        if (enums.TryGetValue(enumType.Name, out var known))
        {
            if (!SameMembers(known.Definition, enumType))
            {
                throw new InvalidDataException($"Finance enum '{enumType.Name}' of property '{property.Name}' on '{entity.EntitySetName}' lists other members than an earlier declaration of the same enum (members: {string.Join(", ", known.Definition.Members.Select(m => m.Name))}); one enum has one set of members.");
            }

            return new EdmEnumTypeReference(known.Edm, property.IsNullable);
        }

        var edm = new EdmEnumType(Namespace, enumType.Name);
        foreach (FinanceEnumMember member in enumType.Members)
        {
            edm.AddMember(member.Name, new EdmEnumMemberValue(member.Value));
        }

        model.AddElement(edm);
        enums.Add(enumType.Name, (enumType, edm));
        return new EdmEnumTypeReference(edm, property.IsNullable);
    }

    private static bool SameMembers(FinanceEnumType first, FinanceEnumType second) =>
        first.Members.Select(m => (m.Name, m.Value)).SequenceEqual(second.Members.Select(m => (m.Name, m.Value)));

    private static EdmPrimitiveTypeKind Kind(FinanceEdmType type) => type switch
    {
        FinanceEdmType.String => EdmPrimitiveTypeKind.String,
        FinanceEdmType.Int32 => EdmPrimitiveTypeKind.Int32,
        FinanceEdmType.Int64 => EdmPrimitiveTypeKind.Int64,
        FinanceEdmType.Decimal => EdmPrimitiveTypeKind.Decimal,
        FinanceEdmType.Double => EdmPrimitiveTypeKind.Double,
        FinanceEdmType.Boolean => EdmPrimitiveTypeKind.Boolean,
        FinanceEdmType.DateTimeOffset => EdmPrimitiveTypeKind.DateTimeOffset,
        FinanceEdmType.Guid => EdmPrimitiveTypeKind.Guid,
        _ => throw new InvalidDataException($"The emulator has no EDM primitive for the Finance type {type}."),
    };
}
