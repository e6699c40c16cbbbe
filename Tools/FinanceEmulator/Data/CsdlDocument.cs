using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DualWrite.Plugins.Finance;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>Writes /data/$metadata: the entity definitions as CSDL in Finance's namespace Microsoft.Dynamics.DataEntities.</summary>
internal static class CsdlDocument
{
    public const string Namespace = "Microsoft.Dynamics.DataEntities";

    public static string Write(IEnumerable<FinanceEntityDefinition> definitions)
    {
        var model = new EdmModel();
        var container = new EdmEntityContainer(Namespace, "EntityContainer");
        model.AddElement(container);
        foreach (FinanceEntityDefinition definition in definitions)
        {
            var type = new EdmEntityType(Namespace, definition.EntityTypeName);
            var properties = definition.Properties.ToDictionary(p => p.Name, p => type.AddStructuralProperty(p.Name, Kind(p.Type), p.IsNullable));
            type.AddKeys(definition.KeyPropertyNames.Select(k => (IEdmStructuralProperty)properties[k]));
            model.AddElement(type);
            container.AddEntitySet(definition.EntitySetName, type);
        }

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out IEnumerable<EdmError> errors))
            {
                throw new InvalidDataException("The entity definitions do not make valid CSDL: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return text.ToString();
    }

    private static EdmPrimitiveTypeKind Kind(FinanceEdmType type) => type switch
    {
        FinanceEdmType.String => EdmPrimitiveTypeKind.String,
        FinanceEdmType.Int32 => EdmPrimitiveTypeKind.Int32,
        FinanceEdmType.Int64 => EdmPrimitiveTypeKind.Int64,
        FinanceEdmType.Decimal => EdmPrimitiveTypeKind.Decimal,
        FinanceEdmType.Double => EdmPrimitiveTypeKind.Double,
        FinanceEdmType.Boolean => EdmPrimitiveTypeKind.Boolean,
        FinanceEdmType.DateTimeOffset => EdmPrimitiveTypeKind.DateTimeOffset,
        _ => EdmPrimitiveTypeKind.Guid,
    };
}
