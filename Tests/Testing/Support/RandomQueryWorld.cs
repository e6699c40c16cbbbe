using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Tests.Testing.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing.Support;

/// <summary>
/// A seeded random organization for comparing the indexed query plan with a scan: accounts and items whose columns of
/// every type take values from small sets (so conditions match often), text differing only in case or accents,
/// numbers differing only in scale or sign of zero; random writes (some rolled back by a failing step) and random
/// queries (nested And/Or filters, every kind of operator, operands of other types, joins both ways, orders, paging).
/// </summary>
internal sealed class RandomQueryWorld
{
    public const string Item = "dw_item";

    // An update that sets this column fails in PostOperation, so everything it wrote is rolled back.
    private const string RefusedColumn = "dw_ref";

    private static readonly string?[] s_texts = ["Alpha", "ALPHA", "alpha", "Älpha", "Beta", "beta", "Gamma", "gamma ", null];
    private static readonly Guid[] s_refs = [new("20000000-0000-0000-0000-000000000001"), new("20000000-0000-0000-0000-000000000002")];
    private static readonly DateTime s_day = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ConditionOperator[] s_operators =
    [
        ConditionOperator.Equal, ConditionOperator.Equal, ConditionOperator.Equal, ConditionOperator.In, ConditionOperator.In,
        ConditionOperator.NotEqual, ConditionOperator.Null, ConditionOperator.NotNull, ConditionOperator.GreaterThan,
        ConditionOperator.LessEqual, ConditionOperator.NotIn, ConditionOperator.Between,
    ];

    private static readonly string[] s_itemColumns = ["dw_name", "dw_code", "dw_quantity", "dw_big", "dw_rate", "dw_ratio", "dw_price", "dw_active", "dw_due", "dw_kind", "dw_accountid", RefusedColumn];

    private readonly Random _random;
    private readonly IOrganizationService _service;
    private readonly List<Guid> _accounts = [];
    private readonly List<Guid> _items = [];

    public RandomQueryWorld(int seed)
    {
        _random = new Random(seed);
        Dataverse = new InMemoryDataverse();
        Dataverse.Schema.Define("account", t => t.PrimaryName("name").String("accountnumber"));
        Dataverse.Schema.Define(Item, t => t
            .PrimaryName("dw_name").String("dw_code").Integer("dw_quantity").BigInt("dw_big").Decimal("dw_rate").Double("dw_ratio")
            .Money("dw_price").Boolean("dw_active").DateTime("dw_due").Choice("dw_kind").Lookup("dw_accountid", "account")
            .UniqueIdentifier(RefusedColumn));
        Dataverse.RegisterStep(On<ThrowingPlugin>("Update", Item, PipelineStage.PostOperation, "refused", filteringAttributes: [RefusedColumn]));
        _service = Dataverse.GetOrganizationService();
        for (int i = 0; i < 4; i++)
        {
            CreateAccount();
        }

        for (int i = 0; i < 120; i++)
        {
            CreateItem();
        }
    }

    public InMemoryDataverse Dataverse { get; }

    /// <summary>One random write: a create, an update (refused and rolled back when it sets the refused column), or a delete.</summary>
    public void Write()
    {
        switch (_random.Next(10))
        {
            case 0:
                CreateAccount();
                break;
            case 1 when _accounts.Count > 1:
                // Removes the link from every item pointing at it.
                Guid account = Pick(_accounts);
                _service.Delete("account", account);
                _accounts.Remove(account);
                break;
            case 2:
                CreateItem();
                break;
            case 3 when _items.Count > 0:
                Guid item = Pick(_items);
                _service.Delete(Item, item);
                _items.Remove(item);
                break;
            default:
                if (_items.Count == 0)
                {
                    break;
                }

                var update = new Entity(Item, Pick(_items));
                foreach (string column in s_itemColumns.Where(_ => _random.Next(3) == 0))
                {
                    update[column] = Value(column);
                }

                try
                {
                    _service.Update(update);
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>) when (update.Contains(RefusedColumn))
                {
                    // Rolled back, as intended.
                }

                break;
        }
    }

    public QueryExpression Query()
    {
        bool fromAccount = _random.Next(5) == 0;
        var query = new QueryExpression(fromAccount ? "account" : Item) { ColumnSet = new ColumnSet(true), Distinct = _random.Next(6) == 0 };
        if (fromAccount)
        {
            // One account to many items: the join looks items up by their lookup.
            LinkEntity items = query.AddLink(Item, "accountid", "dw_accountid", _random.Next(2) == 0 ? JoinOperator.Inner : JoinOperator.LeftOuter);
            items.EntityAlias = "item";
            items.Columns = new ColumnSet("dw_name", "dw_quantity");
            Fill(items.LinkCriteria, Item, depth: 1);
            Fill(query.Criteria, "account", depth: 1);
            query.AddOrder("name", OrderType.Ascending);
        }
        else
        {
            Fill(query.Criteria, Item, depth: 2);
            if (_random.Next(3) == 0)
            {
                LinkEntity account = query.AddLink("account", "dw_accountid", "accountid", _random.Next(2) == 0 ? JoinOperator.Inner : JoinOperator.LeftOuter);
                account.EntityAlias = "account";
                account.Columns = new ColumnSet("name");
                Fill(account.LinkCriteria, "account", depth: 1);
            }

            for (int i = _random.Next(3); i > 0; i--)
            {
                query.AddOrder(Pick(s_itemColumns), _random.Next(2) == 0 ? OrderType.Ascending : OrderType.Descending);
            }
        }

        switch (_random.Next(4))
        {
            case 0:
                query.TopCount = 1 + _random.Next(10);
                break;
            case 1:
                query.PageInfo = new PagingInfo { Count = 1 + _random.Next(20), PageNumber = 1 + _random.Next(3), ReturnTotalRecordCount = true };
                break;
        }

        return query;
    }

    private void Fill(FilterExpression filter, string table, int depth)
    {
        filter.FilterOperator = _random.Next(4) == 0 ? LogicalOperator.Or : LogicalOperator.And;
        for (int i = _random.Next(4); i > 0; i--)
        {
            filter.AddCondition(Condition(table));
        }

        if (depth > 1 && _random.Next(2) == 0)
        {
            Fill(filter.AddFilter(LogicalOperator.And), table, depth - 1);
        }
    }

    private ConditionExpression Condition(string table)
    {
        string column = table == Item
            ? Pick(s_itemColumns.Append(Item + "id").ToArray())
            : Pick(["name", "accountnumber", "accountid"]);
        ConditionOperator op = Pick(s_operators);
        if (column is "dw_active" or "dw_accountid" or RefusedColumn or "accountid" or "dw_itemid" && op is ConditionOperator.GreaterThan or ConditionOperator.LessEqual or ConditionOperator.Between)
        {
            op = ConditionOperator.Equal;
        }

        int count = op switch
        {
            ConditionOperator.Null or ConditionOperator.NotNull => 0,
            ConditionOperator.In or ConditionOperator.NotIn => 1 + _random.Next(3),
            ConditionOperator.Between => 2,
            _ => 1,
        };
        object[] values = Enumerable.Range(0, count).Select(_ => Operand(column)).ToArray();
        return new ConditionExpression(column, op, values);
    }

    /// <summary>A value a condition compares the column with, often of another type the platform converts.</summary>
    private object Operand(string column)
    {
        switch (column)
        {
            case "accountid":
                return Pick(_accounts.Append(Guid.NewGuid()).ToArray());
            case "dw_itemid":
                return _random.Next(2) == 0 ? Pick(_items.Append(Guid.NewGuid()).ToArray()) : Pick(_items.Append(Guid.NewGuid()).ToArray()).ToString("D");
        }

        object value;
        do
        {
            value = Value(column == "accountnumber" ? "dw_code" : column == "name" ? "dw_name" : column)!;
        }
        while (value is null);

        return (value, _random.Next(3)) switch
        {
            (int number, 0) => (decimal)number,
            (int number, 1) => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (long number, 0) => (int)number,
            (Money money, 0) => money.Value,
            (OptionSetValue option, 0) => option.Value,
            (EntityReference reference, 0) => reference.Id,
            (EntityReference reference, 1) => reference.Id.ToString("D"),
            (Guid id, 0) => id.ToString("D"),
            _ => value,
        };
    }

    private object? Value(string column) => column switch
    {
        "dw_name" or "dw_code" => Pick(s_texts),
        "dw_quantity" => Pick<int?>([-1, 0, 1, 2, 3, null]),
        "dw_big" => Pick<long?>([0L, 1L, 2L, null]),
        "dw_rate" => Pick<decimal?>([1m, 1.0m, 1.00m, 2.5m, 2.50m, 0m, new decimal(0, 0, 0, true, 1), null]),
        "dw_ratio" => Pick<double?>([0.0, -0.0, 1.5, 2.25, double.NaN, null]),
        "dw_price" => Pick<decimal?>([10m, 10.00m, 20m, null]) is { } price ? new Money(price) : null,
        "dw_active" => Pick<bool?>([true, false, null]),
        "dw_due" => Pick<DateTime?>([s_day, DateTime.SpecifyKind(s_day, DateTimeKind.Unspecified), s_day.AddDays(1), null]),
        "dw_kind" => Pick<int?>([1, 2, 3, null]) is { } kind ? new OptionSetValue(kind) : null,
        "dw_accountid" => _random.Next(5) == 0 ? null : new EntityReference("account", Pick(_accounts)),
        _ => Pick<Guid?>([s_refs[0], s_refs[1], null]),
    };

    private void CreateAccount()
    {
        _accounts.Add(_service.Create(new Entity("account") { ["name"] = Pick(s_texts), ["accountnumber"] = Pick(s_texts) }));
    }

    private void CreateItem()
    {
        var item = new Entity(Item);
        foreach (string column in s_itemColumns)
        {
            item[column] = Value(column);
        }

        _items.Add(_service.Create(item));
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];
}
