using System;

namespace DualWrite.SolutionPacker.Components;

/// <summary>A component solution.xml lists as part of the solution, by its solution component type.</summary>
public sealed record RootComponent(int Type, Guid? Id, string? SchemaName)
{
    public const int EntityType = 1;
    public const int PluginAssemblyType = 91;
    public const int StepType = 92;
    public const int EnvironmentVariableDefinitionType = 380;

    public static RootComponent Entity(string logicalName) => new(EntityType, null, logicalName);

    /// <summary>An assembly is listed by id and by its full name.</summary>
    public static RootComponent PluginAssembly(Guid id, string fullName) => new(PluginAssemblyType, id, fullName);

    public static RootComponent Step(Guid id) => new(StepType, id, null);

    public static RootComponent EnvironmentVariable(string schemaName) => new(EnvironmentVariableDefinitionType, null, schemaName);
}
