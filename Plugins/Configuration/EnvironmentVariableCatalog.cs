using System.Collections.Generic;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// Every environment variable the code reads. The solution ships exactly these definitions, so configuration the
/// code needs cannot be missing from an imported environment. Per-map settings are one JSON variable each, keyed by
/// map name, so adding a map adds no variable.
/// </summary>
public static class EnvironmentVariableCatalog
{
    public static EnvironmentVariableDefinition FinanceUrl { get; } = new(
        "dw_FinanceUrl",
        "Finance URL",
        "The Dynamics 365 Finance environment records are sent to, e.g. https://contoso.operations.dynamics.com (no trailing /data).",
        EnvironmentVariableType.Text);

    public static EnvironmentVariableDefinition TenantId { get; } = new(
        "dw_TenantId",
        "Tenant id",
        "The Microsoft Entra tenant (id or domain) of the application that calls Finance.",
        EnvironmentVariableType.Text);

    public static EnvironmentVariableDefinition ClientId { get; } = new(
        "dw_ClientId",
        "Client id",
        "The application (client) id registered in Finance under Microsoft Entra applications. Its secret or certificate goes in the steps' secure configuration, never here.",
        EnvironmentVariableType.Text);

    public static EnvironmentVariableDefinition AuthorityHost { get; } = new(
        "dw_AuthorityHost",
        "Authority host",
        "The Microsoft Entra sign-in host that issues tokens for Finance; change it only for a national cloud.",
        EnvironmentVariableType.Text,
        "https://login.microsoftonline.com");

    public static EnvironmentVariableDefinition SyncModes { get; } = new(
        "dw_SyncModes",
        "Sync mode per map",
        "JSON object from table map name to \"live\" (synchronous, the save fails when Finance refuses) or \"queued\" (asynchronous with retries and replay), e.g. {\"Projects\":\"live\",\"Actuals\":\"queued\"}. Maps not listed use their own default; \"off\" stops a map.",
        EnvironmentVariableType.Json,
        "{}");

    public static EnvironmentVariableDefinition EntitySetOverrides { get; } = new(
        "dw_EntitySetOverrides",
        "Finance entity set overrides",
        "JSON object from table map name to the Finance OData entity set to use instead of the map's default, for environments whose $metadata names it differently, e.g. {\"Projects\":\"ProjectsV2\"}.",
        EnvironmentVariableType.Json,
        "{}");

    public static EnvironmentVariableDefinition LegalEntities { get; } = new(
        "dw_LegalEntities",
        "Legal entities in scope",
        "JSON array of Finance company codes (cdm_companycode, Finance's dataAreaId) whose records sync, e.g. [\"usmf\",\"usrt\"]. An empty array syncs every company.",
        EnvironmentVariableType.Json,
        "[]");

    public static EnvironmentVariableDefinition RequestTimeoutSeconds { get; } = new(
        "dw_RequestTimeoutSeconds",
        "Finance request timeout (seconds)",
        "How long one call to Finance may take before it is abandoned.",
        EnvironmentVariableType.Number,
        "15");

    public static EnvironmentVariableDefinition TimeBudgetSeconds { get; } = new(
        "dw_TimeBudgetSeconds",
        "Time budget per sync (seconds)",
        "How long one synchronous sync may spend on Finance calls and retries; it stays below the platform's 2-minute limit so a failure is reported, not killed.",
        EnvironmentVariableType.Number,
        "90");

    public static IReadOnlyList<EnvironmentVariableDefinition> All { get; } =
    [
        FinanceUrl,
        TenantId,
        ClientId,
        AuthorityHost,
        SyncModes,
        EntitySetOverrides,
        LegalEntities,
        RequestTimeoutSeconds,
        TimeBudgetSeconds,
    ];
}
