using System.Collections.Generic;
using System.Text.Json;
using DualWrite.FitCheck.Options;
using DualWrite.Plugins.Configuration;

namespace DualWrite.FitCheck.Settings;

/// <summary>
/// The environment variable values the fit check can stand behind: dw_EntitySetOverrides from the entity sets it
/// resolved, and, when Finance was read live, the Finance URL, tenant, client id and authority host it signed in with.
/// Never a secret.
/// </summary>
public static class DerivedSettings
{
    public static IReadOnlyDictionary<string, string> From(FitCheckOptions options, IReadOnlyDictionary<string, string> entitySetOverrides)
    {
        var values = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            [EnvironmentVariableCatalog.EntitySetOverrides.SchemaName] = JsonSerializer.Serialize(entitySetOverrides),
        };
        if (options.FinanceUrl is not null)
        {
            values[EnvironmentVariableCatalog.FinanceUrl.SchemaName] = options.FinanceUrl.AbsoluteUri.TrimEnd('/');
            Add(values, EnvironmentVariableCatalog.TenantId, options.TenantId);
            Add(values, EnvironmentVariableCatalog.ClientId, options.ClientId);
            Add(values, EnvironmentVariableCatalog.AuthorityHost, options.AuthorityHost?.AbsoluteUri.TrimEnd('/'));
        }

        return values;
    }

    private static void Add(SortedDictionary<string, string> values, EnvironmentVariableDefinition variable, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[variable.SchemaName] = value;
        }
    }
}
