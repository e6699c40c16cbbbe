using System.Collections.Generic;
using System.Reflection;

namespace DualWrite.SolutionPacker.Assemblies;

/// <summary>A built net462 assembly that ships, with the plug-in and activity types Dataverse will register from it.</summary>
public sealed record ShippedAssembly(string FilePath, AssemblyName Identity, IReadOnlyList<RegisteredType> Types)
{
    public string Name => Identity.Name!;

    /// <summary>Name, Version, Culture and PublicKeyToken: how Dataverse identifies the assembly.</summary>
    public string FullName => Identity.FullName;

    /// <summary>How a step names its plug-in type: the type's full name and the assembly's.</summary>
    public string AssemblyQualifiedName(RegisteredType type) => $"{type.FullName}, {FullName}";
}
