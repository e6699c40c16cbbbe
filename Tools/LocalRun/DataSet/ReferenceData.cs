using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// What a Project Operations environment has before the first project: two legal entities (Contoso USA in USD,
/// Contoso Germany in EUR) with their customers, resources and Finance's expense categories (seeded: Finance has them
/// already or masters them), and the transaction categories and resource roles, which are created in Dataverse and
/// synced.
/// </summary>
internal sealed class ReferenceData
{
    private static readonly string[] CategoryNames = ["Labor", "Travel", "Lodging", "Materials", "Subcontracting", "Equipment"];
    private static readonly string[] RoleNames = ["Project manager", "Solution architect", "Developer", "Consultant", "Site engineer", "Tester"];
    private static readonly string[] CustomerNames = ["Adventure Works", "Fabrikam", "Northwind Traders", "Litware", "Tailspin Toys", "Wingtip Toys"];
    private static readonly string[] ResourceNames = ["Ana", "Bruno", "Chen", "Dana", "Emil", "Fatima", "Gwen", "Hiro"];

    private ReferenceData(IReadOnlyList<LegalEntity> legalEntities, EntityReference hour, EntityReference each, IReadOnlyList<EntityReference> products, IReadOnlyDictionary<string, EntityReference> categories)
    {
        LegalEntities = legalEntities;
        Hour = hour;
        Each = each;
        Products = products;
        Categories = categories;
    }

    public IReadOnlyList<LegalEntity> LegalEntities { get; }

    public EntityReference Hour { get; }

    public EntityReference Each { get; }

    public IReadOnlyList<EntityReference> Products { get; }

    /// <summary>Transaction categories by name.</summary>
    public IReadOnlyDictionary<string, EntityReference> Categories { get; }

    public static ReferenceData Write(DataSetWriter writer)
    {
        EntityReference hour = writer.Seed("uom", ("name", "Hour"));
        EntityReference each = writer.Seed("uom", ("name", "Each"));
        EntityReference[] products = Enumerable.Range(1, 6)
            .Select(n => writer.Seed("product", ("name", $"Fit-out material {n}"), ("productnumber", $"P-{100 + n}")))
            .ToArray();

        Dictionary<string, EntityReference> categories = CategoryNames.ToDictionary(
            name => name,
            name => writer.Create("msdyn_transactioncategory", ("msdyn_name", name)));
        foreach (string role in RoleNames)
        {
            writer.Create("bookableresourcecategory", ("name", role), ("description", $"{role} on client projects"));
        }

        LegalEntity[] legalEntities =
        [
            LegalEntityOf(writer, "usmf", "Contoso USA", "USD", "US Dollar", 1m, "US", categories),
            LegalEntityOf(writer, "demf", "Contoso Germany", "EUR", "Euro", 0.92m, "DE", categories),
        ];
        return new ReferenceData(legalEntities, hour, each, products, categories);
    }

    private static LegalEntity LegalEntityOf(DataSetWriter writer, string code, string name, string isoCode, string currencyName, decimal rate, string prefix, IReadOnlyDictionary<string, EntityReference> categories)
    {
        EntityReference company = writer.Seed("cdm_company", ("cdm_name", name), ("cdm_companycode", code));
        EntityReference currency = writer.Seed("transactioncurrency", ("currencyname", currencyName), ("isocurrencycode", isoCode), ("exchangerate", rate));
        EntityReference[] customers = CustomerNames
            .Select((customer, n) => writer.Seed("account", ("name", $"{customer} {prefix}"), ("accountnumber", $"{prefix}-{n + 1:000}"), ("msdyn_company", company)))
            .ToArray();
        EntityReference[] resources = ResourceNames
            .Select(resource => writer.Seed("bookableresource", ("name", $"{resource} ({code})"), ("msdyn_company", company)))
            .ToArray();
        EntityReference[] expenseCategories =
        [
            writer.Seed("msdyn_expensecategory", ("msdyn_name", "Travel"), ("msdyn_categoryid", "TRV"), ("msdyn_company", company), ("msdyn_expensecategoryuid", categories["Travel"])),
            writer.Seed("msdyn_expensecategory", ("msdyn_name", "Hotel"), ("msdyn_categoryid", "HTL"), ("msdyn_company", company), ("msdyn_expensecategoryuid", categories["Lodging"])),
        ];
        return new LegalEntity(code, company, currency, customers, resources, expenseCategories);
    }
}
