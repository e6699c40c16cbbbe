using System.Collections.Generic;
using Microsoft.OData.Edm;

namespace DualWrite.Schema.Finance;

/// <summary>
/// A Finance enum in the merged model. Finance declares enums whose members share a value (two time zones at 255,
/// say), which CSDL allows and CsdlReader reads, but EdmEnumType.AddMember refuses; this type keeps members as listed.
/// </summary>
internal sealed class RecordedEnumType : IEdmEnumType
{
    private readonly List<IEdmEnumMember> _members = [];

    public RecordedEnumType(string namespaceName, string name, IEdmPrimitiveType underlyingType, bool isFlags)
    {
        Namespace = namespaceName;
        Name = name;
        UnderlyingType = underlyingType;
        IsFlags = isFlags;
    }

    public IEdmPrimitiveType UnderlyingType { get; }

    public IEnumerable<IEdmEnumMember> Members => _members;

    public bool IsFlags { get; }

    public EdmTypeKind TypeKind => EdmTypeKind.Enum;

    public EdmSchemaElementKind SchemaElementKind => EdmSchemaElementKind.TypeDefinition;

    public string Namespace { get; }

    public string Name { get; }

    public string FullName => Namespace + "." + Name;

    public void AddMember(string name, long value) => _members.Add(new EdmEnumMember(this, name, new EdmEnumMemberValue(value)));
}
