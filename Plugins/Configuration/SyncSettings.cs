using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// What the solution's environment variables say, validated: where Finance is, who the app registration is, how
/// each table map sends, which entity set names differ from the maps' defaults and which companies are in scope.
/// </summary>
public sealed class SyncSettings
{
    /// <summary>The key of dw_SyncModes that sets the mode of every map not listed.</summary>
    public const string EveryOtherMap = "*";

    private readonly IReadOnlyDictionary<string, SyncMode> _modes;
    private readonly IReadOnlyDictionary<string, string> _entitySets;

    public SyncSettings(
        Uri financeUrl,
        string? tenantId,
        string? clientId,
        Uri authorityHost,
        IReadOnlyDictionary<string, SyncMode> modes,
        IReadOnlyDictionary<string, string> entitySetOverrides,
        IReadOnlyList<string> legalEntities,
        TimeSpan requestTimeout,
        TimeSpan timeBudget)
    {
        FinanceUrl = financeUrl ?? throw new ArgumentNullException(nameof(financeUrl));
        TenantId = tenantId;
        ClientId = clientId;
        AuthorityHost = authorityHost ?? throw new ArgumentNullException(nameof(authorityHost));
        _modes = modes ?? throw new ArgumentNullException(nameof(modes));
        _entitySets = entitySetOverrides ?? throw new ArgumentNullException(nameof(entitySetOverrides));
        LegalEntities = legalEntities ?? throw new ArgumentNullException(nameof(legalEntities));
        RequestTimeout = requestTimeout;
        TimeBudget = timeBudget;
    }

    /// <summary>dw_FinanceUrl: the environment's root, e.g. https://contoso.operations.dynamics.com.</summary>
    public Uri FinanceUrl { get; }

    /// <summary>dw_TenantId; needed only with a client credential (the managed identity knows its own tenant).</summary>
    public string? TenantId { get; }

    /// <summary>dw_ClientId; needed only with a client credential.</summary>
    public string? ClientId { get; }

    /// <summary>dw_AuthorityHost: the Microsoft Entra sign-in host.</summary>
    public Uri AuthorityHost { get; }

    /// <summary>dw_LegalEntities: the Finance company codes in scope; empty means every company.</summary>
    public IReadOnlyList<string> LegalEntities { get; }

    /// <summary>dw_RequestTimeoutSeconds.</summary>
    public TimeSpan RequestTimeout { get; }

    /// <summary>dw_TimeBudgetSeconds: what one execution may spend on Finance.</summary>
    public TimeSpan TimeBudget { get; }

    /// <summary>The map's mode: its own entry in dw_SyncModes, else the "*" entry, else live.</summary>
    public SyncMode ModeFor(string mapName) =>
        _modes.TryGetValue(mapName, out SyncMode mode) ? mode
        : _modes.TryGetValue(EveryOtherMap, out SyncMode fallback) ? fallback
        : SyncMode.Live;

    /// <summary>The Finance entity set the map writes to: its entry in dw_EntitySetOverrides, else the map's default.</summary>
    public string EntitySetFor(string mapName, string defaultEntitySet) =>
        _entitySets.TryGetValue(mapName, out string? entitySet) ? entitySet : defaultEntitySet;

    /// <summary>Whether records of the company with this code sync (dw_LegalEntities; an empty list takes every company).</summary>
    public bool IsInScope(string companyCode) =>
        LegalEntities.Count == 0 || LegalEntities.Contains(companyCode, StringComparer.OrdinalIgnoreCase);

    /// <summary>Refuses map names in dw_SyncModes or dw_EntitySetOverrides that no map has: a typo would silently do nothing.</summary>
    public void RequireKnownMaps(IEnumerable<string> mapNames)
    {
        // Every execution asks, so the usual answer (all names known) builds no set.
        if (AllKnown(_modes.Keys, mapNames, EveryOtherMap) && AllKnown(_entitySets.Keys, mapNames, null))
        {
            return;
        }

        var known = new HashSet<string>(mapNames, StringComparer.Ordinal) { EveryOtherMap };
        Refuse(EnvironmentVariableCatalog.SyncModes, _modes.Keys.Where(name => !known.Contains(name)), known);
        known.Remove(EveryOtherMap);
        Refuse(EnvironmentVariableCatalog.EntitySetOverrides, _entitySets.Keys.Where(name => !known.Contains(name)), known);
    }

    private static bool AllKnown(IEnumerable<string> names, IEnumerable<string> mapNames, string? alsoAllowed)
    {
        foreach (string name in names)
        {
            if (!string.Equals(name, alsoAllowed, StringComparison.Ordinal) && !mapNames.Contains(name, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Refuse(EnvironmentVariableDefinition variable, IEnumerable<string> unknown, IEnumerable<string> known)
    {
        string[] names = unknown.ToArray();
        if (names.Length > 0)
        {
            throw new ConfigurationException(
                $"Environment variable {variable.SchemaName} names no table map called {string.Join(", ", names.Select(n => "'" + n + "'"))}. The maps are: {string.Join(", ", known.OrderBy(n => n, StringComparer.Ordinal))}.");
        }
    }
}
