using System;

namespace DualWrite.Schema.Dataverse;

/// <summary>A recorded schema file that breaks the format (Schema/README.md): names the file and, where one is at fault, the name.</summary>
public sealed class SchemaFileException : Exception
{
    public SchemaFileException()
    {
    }

    public SchemaFileException(string message)
        : base(message)
    {
    }

    public SchemaFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaFileException(string file, string? name, string problem, Exception? innerException = null)
        : base(name is null ? $"{file}: {problem}" : $"{file}: '{name}': {problem}", innerException)
    {
        File = file;
        Name = name;
    }

    /// <summary>The file at fault ("msdyn_actual.json").</summary>
    public string? File { get; }

    /// <summary>The attribute, option or key at fault, when one is.</summary>
    public string? Name { get; }
}
