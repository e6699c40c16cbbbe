using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.Tests.Support;

namespace DualWrite.Tests.Sdk.ServiceModel;

/// <summary>
/// Reads public and protected member signatures out of a .NET Framework reference assembly with
/// System.Reflection.Metadata (the assembly cannot be loaded on .NET), in a notation that runtime
/// reflection over a stand-in can reproduce: "public virtual System.String get_Message()".
/// </summary>
internal sealed class FrameworkReferenceAssembly : IDisposable
{
    private readonly PEReader _pe;
    private readonly MetadataReader _reader;

    private FrameworkReferenceAssembly(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        _reader = _pe.GetMetadataReader();
    }

    /// <summary>The net462 reference assembly restored for the net462 builds, or null when it is not there.</summary>
    public static FrameworkReferenceAssembly? TryOpen(string fileName)
    {
        string path = Path.Combine(RepositoryPaths.NetFramework462ReferenceAssemblies, fileName);
        return File.Exists(path) ? new FrameworkReferenceAssembly(path) : null;
    }

    /// <summary>The visible members of the type named like "System.ServiceModel.FaultException`1", or null if it has no such type.</summary>
    public ISet<string>? MemberLines(string fullName)
    {
        foreach (TypeDefinitionHandle handle in _reader.TypeDefinitions)
        {
            TypeDefinition type = _reader.GetTypeDefinition(handle);
            if (_reader.GetString(type.Namespace) + "." + _reader.GetString(type.Name) != fullName)
            {
                continue;
            }

            var lines = new HashSet<string>(StringComparer.Ordinal);
            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = _reader.GetMethodDefinition(methodHandle);
                MethodAttributes access = method.Attributes & MethodAttributes.MemberAccessMask;
                if (access is not (MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem))
                {
                    continue;
                }

                MethodSignature<string> signature = method.DecodeSignature(TypeNameProvider.Instance, genericContext: null);
                string[] names = method.GetParameters().Select(p => _reader.GetParameter(p)).Where(p => p.SequenceNumber > 0)
                    .OrderBy(p => p.SequenceNumber).Select(p => _reader.GetString(p.Name)).ToArray();
                lines.Add(Line(method.Attributes, signature.ReturnType, _reader.GetString(method.Name), signature.ParameterTypes, names));
            }

            return lines;
        }

        return null;
    }

    /// <summary>The same notation for a member declared by a type loaded at run time (type names as <see cref="TypeNameProvider"/> writes them).</summary>
    public static string Line(MethodBase method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        string returnType = method is MethodInfo info ? RuntimeName(info.ReturnType) : "System.Void";
        return Line(method.Attributes, returnType, method.Name, parameters.Select(p => RuntimeName(p.ParameterType)).ToImmutableArray(), parameters.Select(p => p.Name ?? "").ToArray());
    }

    public void Dispose() => _pe.Dispose();

    private static string Line(MethodAttributes attributes, string returnType, string name, ImmutableArray<string> parameterTypes, string[] parameterNames)
    {
        string access = (attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public ? "public" : "protected";
        string modifiers = (attributes.HasFlag(MethodAttributes.Static) ? " static" : "")
            + (attributes.HasFlag(MethodAttributes.Virtual) ? " virtual" : "")
            + (attributes.HasFlag(MethodAttributes.Abstract) ? " abstract" : "")
            + (attributes.HasFlag(MethodAttributes.Virtual) && !attributes.HasFlag(MethodAttributes.NewSlot) ? " override" : "");
        return $"{access}{modifiers} {returnType} {name}({string.Join(", ", parameterTypes.Zip(parameterNames, (t, n) => t + " " + n))})";
    }

    private static string RuntimeName(Type type)
    {
        if (type.IsByRef)
        {
            return RuntimeName(type.GetElementType()!) + "&";
        }

        if (type.IsArray)
        {
            return RuntimeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return "!" + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            return definition.Namespace + "." + definition.Name + "<" + string.Join(",", type.GetGenericArguments().Select(RuntimeName)) + ">";
        }

        return type.Namespace + "." + type.Name;
    }
}
