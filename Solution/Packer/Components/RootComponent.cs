using System;

namespace DualWrite.SolutionPacker.Components;

/// <summary>A component solution.xml lists as part of the solution, by its solution component type.</summary>
public sealed record RootComponent(int Type, Guid? Id, string? SchemaName)
{
    public const int EntityType = 1;
    public const int PluginAssemblyType = 91;
    public const int StepType = 92;
    public const int EnvironmentVariableDefinitionType = 380;
    public const int RoleType = 20;
    public const int WorkflowType = 29;
    public const int SiteMapType = 62;
    public const int AppModuleType = 80;

    public static RootComponent Entity(string logicalName) => new(EntityType, null, logicalName);

    /// <summary>An assembly is listed by id and by its full name.</summary>
    public static RootComponent PluginAssembly(Guid id, string fullName) => new(PluginAssemblyType, id, fullName);

    public static RootComponent Step(Guid id) => new(StepType, id, null);

    public static RootComponent Role(Guid id) => new(RoleType, id, null);

    public static RootComponent Workflow(Guid id) => new(WorkflowType, id, null);

    /// <summary>A model-driven app and its site map are listed by unique name.</summary>
    public static RootComponent AppModule(string uniqueName) => new(AppModuleType, null, uniqueName);

    public static RootComponent SiteMap(string uniqueName) => new(SiteMapType, null, uniqueName);

    public static RootComponent EnvironmentVariable(string schemaName) => new(EnvironmentVariableDefinitionType, null, schemaName);
}
