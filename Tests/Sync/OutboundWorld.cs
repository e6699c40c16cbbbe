using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.LocalRun.Environment;
using DualWrite.Plugins.Finance;
using DualWrite.Testing;
using DualWrite.Tests.FinanceEmulator;
using Microsoft.OData.Edm;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// A Project Operations organization with the shipping steps registered (client secret in their secure
/// configuration) against a Finance emulator serving the maps' entities, and the reference data the maps look up:
/// company usmf, currency USD, customer US-001, unit Hour, product P-100, category Travel, expense category TRV.
/// </summary>
internal sealed class OutboundWorld : IDisposable
{
    /// <param name="financeEntities">What the emulator serves; the maps' entities when null.</param>
    public OutboundWorld(string syncModes = "{}", string legalEntities = "[]", string? timeBudgetSeconds = null, string entitySetOverrides = "{}", IReadOnlyList<FinanceEntityDefinition>? financeEntities = null)
    {
        Session = new EmulatorSession(o => o.Entities = financeEntities);
        var more = new Dictionary<string, string> { ["dw_EntitySetOverrides"] = entitySetOverrides };
        if (timeBudgetSeconds is not null)
        {
            more["dw_TimeBudgetSeconds"] = timeBudgetSeconds;
        }

        Dataverse = LocalOrganization.Create(Session.Finance, syncModes, legalEntities, more);
        Dataverse.RegisterShippingSteps(_ => Session.Finance.SecureConfiguration);
        Service = Dataverse.GetOrganizationService();

        Company = Seed("cdm_company", ("cdm_name", "Contoso USA"), ("cdm_companycode", "usmf"));
        Currency = Seed("transactioncurrency", ("currencyname", "US Dollar"), ("isocurrencycode", "USD"), ("exchangerate", 1m));
        Customer = Seed("account", ("name", "Adventure Works"), ("accountnumber", "US-001"), ("msdyn_company", Company));
        Unit = Seed("uom", ("name", "Hour"));
        Product = Seed("product", ("name", "Cable"), ("productnumber", "P-100"));
        Category = Seed("msdyn_transactioncategory", ("msdyn_name", "Travel"));
        ExpenseCategory = Seed("msdyn_expensecategory", ("msdyn_name", "Travel"), ("msdyn_categoryid", "TRV"), ("msdyn_company", Company), ("msdyn_expensecategoryuid", Category));
        Resource = Seed("bookableresource", ("name", "Ana"), ("msdyn_company", Company));
    }

    public EmulatorSession Session { get; }

    public InMemoryDataverse Dataverse { get; }

    public IOrganizationService Service { get; }

    public EntityReference Company { get; }

    public EntityReference Currency { get; }

    public EntityReference Customer { get; }

    public EntityReference Unit { get; }

    public EntityReference Product { get; }

    public EntityReference Category { get; }

    public EntityReference ExpenseCategory { get; }

    public EntityReference Resource { get; }

    public IReadOnlyList<RequestLogEntry> DataRequests => Session.Host.Log.Entries.Where(e => e.IsDataRequest).ToArray();

    /// <summary>A row stored as it is, with no step run (reference data Finance already has).</summary>
    public EntityReference Seed(string table, params (string Column, object Value)[] values)
    {
        var row = new Entity(table, Guid.NewGuid());
        foreach ((string column, object value) in values)
        {
            row[column] = value;
        }

        Dataverse.Initialize(row);
        return row.ToEntityReference();
    }

    /// <summary>A record created through the pipeline: the steps run.</summary>
    public EntityReference Create(string table, params (string Column, object? Value)[] values)
    {
        var row = new Entity(table);
        foreach ((string column, object? value) in values)
        {
            row[column] = value;
        }

        return new EntityReference(table, Service.Create(row));
    }

    public void Update(EntityReference record, params (string Column, object? Value)[] values)
    {
        var row = new Entity(record.LogicalName!, record.Id);
        foreach ((string column, object? value) in values)
        {
            row[column] = value;
        }

        Service.Update(row);
    }

    /// <summary>The Finance rows of an entity set.</summary>
    public IReadOnlyList<JsonObject> Rows(string entitySet) => Session.Host.Store.Rows(entitySet);

    /// <summary>Asserts the entity set holds exactly one row, as <see cref="AssertRow"/> describes.</summary>
    public void AssertOnlyRow(string entitySet, IReadOnlyDictionary<string, object> expected) => AssertRow(entitySet, Assert.Single(Rows(entitySet)), expected);

    /// <summary>
    /// Asserts the row holds exactly these non-null fields and, in every other non-nullable property, what Finance
    /// stores in a field a write leaves out: so nothing was sent but what is expected.
    /// </summary>
    public void AssertRow(string entitySet, JsonObject row, IReadOnlyDictionary<string, object> expected)
    {
        Dictionary<string, string> actual = row.Where(p => p.Value is not null && !p.Key.StartsWith('@')).ToDictionary(p => p.Key, p => Text(p.Value!));
        Dictionary<string, string> wanted = expected.ToDictionary(p => p.Key, p => Text(JsonValue.Create(p.Value)!));
        foreach (IEdmStructuralProperty property in Session.Host.Store.EntitySets[entitySet].Properties.Where(p => !p.Type.IsNullable && !expected.ContainsKey(p.Name)))
        {
            wanted[property.Name] = Text(LeftOut(property));
        }

        Assert.Equal(wanted.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    public void Dispose() => Session.Dispose();

    // Finance's value for a non-nullable field a create leaves out: the type's empty value, an enum's member 0.
    private static JsonNode LeftOut(IEdmStructuralProperty property) => property.Type.IsEnum()
        ? JsonValue.Create((((IEdmEnumType)property.Type.Definition).Members.FirstOrDefault(m => m.Value.Value == 0) ?? ((IEdmEnumType)property.Type.Definition).Members.First()).Name)
        : property.Type.PrimitiveKind() switch
        {
            EdmPrimitiveTypeKind.String or EdmPrimitiveTypeKind.Binary => JsonValue.Create(""),
            EdmPrimitiveTypeKind.Boolean => JsonValue.Create(false),
            EdmPrimitiveTypeKind.Guid => JsonValue.Create(Guid.Empty.ToString("D")),
            EdmPrimitiveTypeKind.DateTimeOffset => JsonValue.Create("1900-01-01T00:00:00Z"),
            EdmPrimitiveTypeKind.Date => JsonValue.Create("1900-01-01"),
            _ => JsonValue.Create(0),
        };

    // Numbers compare by value (1.50 = 1.5), dates by instant, everything else by its JSON text.
    private static string Text(JsonNode node) =>
        node.GetValueKind() == System.Text.Json.JsonValueKind.Number ? decimal.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture).ToString("G29", System.Globalization.CultureInfo.InvariantCulture)
        : node.GetValueKind() == System.Text.Json.JsonValueKind.String && DateTimeOffset.TryParseExact(node.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out DateTimeOffset moment) ? moment.UtcDateTime.ToString("O")
        : node.ToJsonString();
}
