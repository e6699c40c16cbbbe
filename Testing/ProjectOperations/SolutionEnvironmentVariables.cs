using System;
using System.Collections.Generic;
using DualWrite.Plugins.Configuration;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// The solution's environment variables as importing it leaves them: a definition (with its default) per variable of
/// the catalog, and a current value row for each value given, as an administrator sets them after import.
/// </summary>
public static class SolutionEnvironmentVariables
{
    public static void Import(InMemoryDataverse dataverse, IReadOnlyDictionary<string, string> values)
    {
        if (dataverse is null || values is null)
        {
            throw new ArgumentNullException(dataverse is null ? nameof(dataverse) : nameof(values));
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Entity>();
        foreach (EnvironmentVariableDefinition variable in EnvironmentVariableCatalog.All)
        {
            known.Add(variable.SchemaName);
            var definition = new Entity("environmentvariabledefinition", Guid.NewGuid())
            {
                ["schemaname"] = variable.SchemaName,
                ["displayname"] = variable.DisplayName,
                ["type"] = new OptionSetValue((int)variable.Type),
                ["defaultvalue"] = variable.DefaultValue,
            };
            rows.Add(definition);
            if (values.TryGetValue(variable.SchemaName, out string? value))
            {
                rows.Add(new Entity("environmentvariablevalue", Guid.NewGuid())
                {
                    ["schemaname"] = variable.SchemaName,
                    ["value"] = value,
                    ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
                });
            }
        }

        foreach (string name in values.Keys)
        {
            if (!known.Contains(name))
            {
                throw new ArgumentException($"The solution defines no environment variable '{name}'.", nameof(values));
            }
        }

        dataverse.Initialize(rows);
    }
}
