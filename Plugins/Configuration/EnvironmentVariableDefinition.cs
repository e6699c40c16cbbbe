using System;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// An environment variable the plug-ins read. The solution ships its definition (with the default below); each
/// environment sets its own value at import or afterwards. Never a secret: plug-in code cannot read secret-type
/// variables, and secrets belong in the step's secure configuration.
/// </summary>
public sealed class EnvironmentVariableDefinition
{
    public EnvironmentVariableDefinition(string schemaName, string displayName, string description, EnvironmentVariableType type, string? defaultValue = null)
    {
        if (string.IsNullOrWhiteSpace(schemaName) || !schemaName.StartsWith("dw_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Environment variable '{schemaName}': schema names carry the publisher prefix 'dw_'.", nameof(schemaName));
        }

        if (!Enum.IsDefined(typeof(EnvironmentVariableType), type))
        {
            throw new ArgumentException($"Environment variable '{schemaName}': type {(int)type} is not one plug-in code can read.", nameof(type));
        }

        SchemaName = schemaName;
        DisplayName = displayName;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
    }

    public string SchemaName { get; }

    public string DisplayName { get; }

    public string Description { get; }

    public EnvironmentVariableType Type { get; }

    /// <summary>The value used when an environment sets none; null makes the variable required.</summary>
    public string? DefaultValue { get; }

    /// <summary>Without a default, each environment must set a value.</summary>
    public bool IsRequired => DefaultValue is null;

    public override string ToString() => SchemaName;
}
