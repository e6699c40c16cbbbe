using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DualWrite.Tests.Support;

/// <summary>What a built assembly declares about itself, read from its metadata without loading it.</summary>
internal sealed class AssemblyFile
{
    private AssemblyFile(string path, byte[] image)
    {
        Path = path;
        Image = image;
        using var pe = new PEReader(new MemoryStream(image));
        MetadataReader metadata = pe.GetMetadataReader();
        AssemblyDefinition definition = metadata.GetAssemblyDefinition();
        Identity = definition.GetAssemblyName();
        References = metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h).GetAssemblyName()).ToList();
        IsMarkedStrongNameSigned = (pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0;
        Attributes = ReadAssemblyAttributes(metadata, definition);
    }

    public string Path { get; }

    public byte[] Image { get; }

    public AssemblyName Identity { get; }

    public IReadOnlyList<AssemblyName> References { get; }

    public bool IsMarkedStrongNameSigned { get; }

    /// <summary>Assembly-level attributes whose first constructor argument is a string, by attribute type name.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    public static AssemblyFile Read(string path) =>
        File.Exists(path) ? new AssemblyFile(path, File.ReadAllBytes(path)) : throw new FileNotFoundException($"{path} has not been built.", path);

    private static Dictionary<string, string> ReadAssemblyAttributes(MetadataReader metadata, AssemblyDefinition definition)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CustomAttributeHandle handle in definition.GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            MemberReference constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            string typeName = metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name);
            if (FirstParameterIsString(metadata.GetBlobReader(constructor.Signature)))
            {
                BlobReader value = metadata.GetBlobReader(attribute.Value);
                value.ReadUInt16(); // prolog 0x0001
                values[typeName] = value.ReadSerializedString() ?? "";
            }
        }

        return values;
    }

    private static bool FirstParameterIsString(BlobReader signature)
    {
        signature.ReadSignatureHeader();
        int parameterCount = signature.ReadCompressedInteger();
        signature.ReadSignatureTypeCode(); // return type: void
        return parameterCount > 0 && signature.ReadSignatureTypeCode() == SignatureTypeCode.String;
    }
}
