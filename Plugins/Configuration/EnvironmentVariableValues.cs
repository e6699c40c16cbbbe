using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// The effective values of the solution's environment variables (the current value, else the definition's default),
/// read in one query: definitions with an outer join to their value, as the platform's docs suggest for plug-in code.
/// </summary>
public static class EnvironmentVariableValues
{
    private const string ValueAlias = "value";

    public static IReadOnlyDictionary<string, string?> Read(IOrganizationService service)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("schemaname", "defaultvalue") };
        var names = new List<object>();
        foreach (EnvironmentVariableDefinition definition in EnvironmentVariableCatalog.All)
        {
            names.Add(definition.SchemaName);
        }

        query.Criteria.AddCondition("schemaname", ConditionOperator.In, names.ToArray());
        LinkEntity value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet("value");

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (Entity row in service.RetrieveMultiple(query).Entities)
        {
            string? schemaName = row.GetAttributeValue<string>("schemaname");
            if (schemaName is null)
            {
                continue;
            }

            string? current = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
            values[schemaName] = string.IsNullOrWhiteSpace(current) ? row.GetAttributeValue<string>("defaultvalue") : current;
        }

        return values;
    }
}
