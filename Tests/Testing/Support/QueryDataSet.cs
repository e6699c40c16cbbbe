using System;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Support;

/// <summary>
/// The fixed data set the query tests run over: six items with every column type, some columns left null, two
/// accounts, and contacts of those accounts for the joins.
/// </summary>
internal static class QueryDataSet
{
    public const string Item = "dw_item";

    public static readonly Guid Contoso = Guid.Parse("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Fabrikam = Guid.Parse("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Empty = Guid.Parse("10000000-0000-0000-0000-000000000003");

    public static InMemoryDataverse Create()
    {
        var dataverse = new InMemoryDataverse();
        dataverse.Schema.Define("account", t => t.PrimaryName("name").String("accountnumber"));
        dataverse.Schema.Define("contact", t => t.String("fullname").Lookup("parentcustomerid", "account"));
        dataverse.Schema.Define(Item, t => t
            .PrimaryName("dw_name").String("dw_code").Integer("dw_quantity").Money("dw_price").Decimal("dw_rate")
            .DateTime("dw_due").Boolean("dw_active").Choice("dw_kind").Lookup("dw_accountid", "account"));

        dataverse.Initialize(
            new Entity("account", Contoso) { ["name"] = "Contoso", ["accountnumber"] = "C-1" },
            new Entity("account", Fabrikam) { ["name"] = "Fabrikam", ["accountnumber"] = "F-1" },
            new Entity("account", Empty) { ["name"] = "Empty" },
            Row("Alpha", "AB-100", 1, 10m, 1.5m, new DateTime(2024, 1, 1), true, 1, Contoso),
            Row("Bravo", "ab-200", 2, 20m, 2.5m, new DateTime(2024, 2, 1), false, 2, Fabrikam),
            Row("Charlie", "CD-300", 3, null, 3.5m, new DateTime(2024, 3, 1), true, 1, null),
            Row("Delta", null, null, 40m, null, null, null, null, Contoso),
            Row("Echo", "EF_500", 5, 50m, 5.5m, new DateTime(2024, 5, 1), false, 3, Fabrikam),
            Row("Foxtrot", "GH400", 2, 20m, 2.5m, new DateTime(2024, 2, 1), true, 2, null),
            new Entity("contact") { ["fullname"] = "Ann (Contoso)", ["parentcustomerid"] = new EntityReference("account", Contoso) },
            new Entity("contact") { ["fullname"] = "Bob (Contoso)", ["parentcustomerid"] = new EntityReference("account", Contoso) },
            new Entity("contact") { ["fullname"] = "Cat (Fabrikam)", ["parentcustomerid"] = new EntityReference("account", Fabrikam) });
        return dataverse;
    }

    private static Entity Row(string name, string? code, int? quantity, decimal? price, decimal? rate, DateTime? due, bool? active, int? kind, Guid? account) => new(Item)
    {
        ["dw_name"] = name,
        ["dw_code"] = code,
        ["dw_quantity"] = quantity,
        ["dw_price"] = price is null ? null : new Money(price.Value),
        ["dw_rate"] = rate,
        ["dw_due"] = due is null ? null : DateTime.SpecifyKind(due.Value, DateTimeKind.Utc),
        ["dw_active"] = active,
        ["dw_kind"] = kind is null ? null : new OptionSetValue(kind.Value),
        ["dw_accountid"] = account is null ? null : new EntityReference("account", account.Value),
    };
}
