using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DualWrite.SolutionPacker.Assemblies;

/// <summary>
/// Finds the plug-in and workflow activity types of a .NET Framework assembly from its metadata, without loading it
/// (a net462 assembly cannot be loaded into the .NET 10 build). A type counts when it is public, concrete and not
/// generic, and implements IPlugin or derives from CodeActivity, directly or through base classes of the same assembly.
/// </summary>
public static class ShippedAssemblyReader
{
    public static ShippedAssembly Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} has not been built; build DualWrite.Plugins.sln first.", path);
        }

        using FileStream stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var types = new List<RegisteredType>();
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            if (IsRegistrable(metadata, type) && KindOf(metadata, handle) is RegisteredTypeKind kind)
            {
                types.Add(Describe(metadata, type, kind));
            }
        }

        types.Sort((a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return new ShippedAssembly(path, metadata.GetAssemblyDefinition().GetAssemblyName(), types);
    }

    private static bool IsRegistrable(MetadataReader metadata, TypeDefinition type) =>
        (type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) == 0
        && type.GetGenericParameters().Count == 0
        && IsVisible(metadata, type);

    private static bool IsVisible(MetadataReader metadata, TypeDefinition type) =>
        (type.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic => IsVisible(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())),
            _ => false,
        };

    private static RegisteredTypeKind? KindOf(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        for (TypeDefinitionHandle current = handle; !current.IsNil;)
        {
            TypeDefinition type = metadata.GetTypeDefinition(current);
            foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
            {
                if (IsReferenceTo(metadata, metadata.GetInterfaceImplementation(implementation).Interface, "Microsoft.Xrm.Sdk", "IPlugin"))
                {
                    return RegisteredTypeKind.Plugin;
                }
            }

            if (IsReferenceTo(metadata, type.BaseType, "System.Activities", "CodeActivity"))
            {
                return RegisteredTypeKind.WorkflowActivity;
            }

            // Base classes in other assemblies (other than the two above) are not followed: Dataverse needs none.
            current = type.BaseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)type.BaseType : default;
        }

        return null;
    }

    private static bool IsReferenceTo(MetadataReader metadata, EntityHandle handle, string ns, string name)
    {
        if (handle.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        TypeReference reference = metadata.GetTypeReference((TypeReferenceHandle)handle);
        return metadata.StringComparer.Equals(reference.Namespace, ns) && metadata.StringComparer.Equals(reference.Name, name);
    }

    private static RegisteredType Describe(MetadataReader metadata, TypeDefinition type, RegisteredTypeKind kind)
    {
        string? displayName = null, description = null, category = null;
        foreach (CustomAttributeHandle handle in type.GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            switch (AttributeName(metadata, attribute))
            {
                case "System.ComponentModel.DisplayNameAttribute":
                    displayName = StringArgument(metadata, attribute);
                    break;
                case "System.ComponentModel.DescriptionAttribute":
                    description = StringArgument(metadata, attribute);
                    break;
                case "System.ComponentModel.CategoryAttribute":
                    category = StringArgument(metadata, attribute);
                    break;
            }
        }

        return new RegisteredType(FullName(metadata, type), metadata.GetString(type.Name), kind, displayName, description, category)
        {
            Arguments = kind == RegisteredTypeKind.WorkflowActivity ? Arguments(metadata, type) : [],
        };
    }

    /// <summary>
    /// The activity's own [Input] and [Output] properties (InArgument&lt;T&gt; or OutArgument&lt;T&gt;), in declaration order: what a
    /// process that calls the activity binds, by property name.
    /// </summary>
    private static IReadOnlyList<ActivityArgument> Arguments(MetadataReader metadata, TypeDefinition type)
    {
        var arguments = new List<ActivityArgument>();
        foreach (PropertyDefinitionHandle handle in type.GetProperties())
        {
            PropertyDefinition property = metadata.GetPropertyDefinition(handle);
            string propertyType = property.DecodeSignature(TypeNameProvider.Instance, null).ReturnType;
            string? label = null, defaultValue = null;
            bool? isInput = null;
            bool required = false;
            foreach (CustomAttributeHandle attributeHandle in property.GetCustomAttributes())
            {
                CustomAttribute attribute = metadata.GetCustomAttribute(attributeHandle);
                switch (AttributeName(metadata, attribute))
                {
                    case "Microsoft.Xrm.Sdk.Workflow.InputAttribute":
                        (isInput, label) = (true, StringArgument(metadata, attribute));
                        break;
                    case "Microsoft.Xrm.Sdk.Workflow.OutputAttribute":
                        isInput ??= false;
                        label ??= StringArgument(metadata, attribute);
                        break;
                    case "Microsoft.Xrm.Sdk.Workflow.DefaultAttribute":
                        defaultValue = StringArgument(metadata, attribute);
                        break;
                    case "System.Activities.RequiredArgumentAttribute":
                        required = true;
                        break;
                }
            }

            if (isInput is null)
            {
                continue;
            }

            // An InOutArgument may carry either attribute (or both: then it is read as an input).
            string name = metadata.GetString(property.Name);
            string? prefix = new[] { isInput.Value ? "System.Activities.InArgument`1<" : "System.Activities.OutArgument`1<", "System.Activities.InOutArgument`1<" }
                .FirstOrDefault(p => propertyType.StartsWith(p, StringComparison.Ordinal) && propertyType.EndsWith('>'));
            if (prefix is null)
            {
                throw new InvalidDataException($"{FullName(metadata, type)}.{name} is marked [{(isInput.Value ? "Input" : "Output")}] but is a {propertyType}; it must be an {(isInput.Value ? "InArgument" : "OutArgument")}<T> or an InOutArgument<T>.");
            }

            arguments.Add(new ActivityArgument(name, isInput.Value, propertyType[prefix.Length..^1], label ?? name, required, defaultValue));
        }

        return arguments;
    }

    /// <summary>An attribute's type full name, when its type is referenced from another assembly (the SDK, System.Activities, System.ComponentModel).</summary>
    private static string? AttributeName(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        MemberReference constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        return constructor.Parent.Kind == HandleKind.TypeReference
            ? TypeNameProvider.Instance.GetTypeFromReference(metadata, (TypeReferenceHandle)constructor.Parent, 0)
            : null;
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(metadata, metadata.GetTypeDefinition(declaring)) + "+" + metadata.GetString(type.Name);
        }

        string ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? metadata.GetString(type.Name) : ns + "." + metadata.GetString(type.Name);
    }

    /// <summary>The attribute's first constructor argument when it is a string ([DisplayName("...")]), else null.</summary>
    private static string? StringArgument(MetadataReader metadata, CustomAttribute attribute)
    {
        MemberReference constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        BlobReader signature = metadata.GetBlobReader(constructor.Signature);
        signature.ReadSignatureHeader();
        if (signature.ReadCompressedInteger() == 0)
        {
            return null;
        }

        signature.ReadSignatureTypeCode(); // return type (void)
        if (signature.ReadSignatureTypeCode() != SignatureTypeCode.String)
        {
            return null;
        }

        BlobReader value = metadata.GetBlobReader(attribute.Value);
        value.ReadUInt16(); // prolog
        return value.ReadSerializedString();
    }
}
