using System.Linq;
using DualWrite.Schema.Dataverse;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Testing.Support;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>How a recorded table becomes a table of the in-memory organization.</summary>
public sealed class RecordedTablesTests
{
    private readonly TableSchema _table = RecordedTables.ToTable(LimitedTables.Snapshot().Table(LimitedTables.Limited));

    [Fact]
    public void ColumnsTakeTheirTypeAndLimitsFromTheRecord()
    {
        Assert.Equal("dw_limitedid", _table.PrimaryIdAttribute);
        Assert.Equal("dw_name", _table.PrimaryNameAttribute);
        Assert.True(_table.IsUserOwned);

        Assert.Equal(ColumnType.String, _table.Column("dw_name").Type);
        Assert.Equal(10, _table.Column("dw_name").Limits.MaxLength);
        Assert.Equal(ColumnType.String, _table.Column("dw_notes").Type); // Memo
        Assert.Equal(20, _table.Column("dw_notes").Limits.MaxLength);

        ColumnSchema quantity = _table.Column("dw_quantity");
        Assert.Equal(ColumnType.Decimal, quantity.Type);
        Assert.Equal((-100m, 100m, 2), (quantity.Limits.MinValue, quantity.Limits.MaxValue, quantity.Limits.Precision));
        Assert.Equal(ColumnType.Money, _table.Column("dw_amount").Type);
        Assert.Equal(ColumnType.Double, _table.Column("dw_rate").Type);
        Assert.Equal(ColumnType.BigInt, _table.Column("dw_big").Type);
        Assert.Equal(ColumnType.Boolean, _table.Column("dw_billable").Type);
        Assert.Null(_table.Column("dw_billable").Limits.AllowedValues);
        Assert.Equal(DateTimeBehavior.DateOnly, _table.Column("dw_date").Limits.DateTimeBehavior);

        Assert.Equal(ColumnType.Choice, _table.Column("dw_kind").Type);
        Assert.Equal([LimitedTables.Cost, LimitedTables.Sales], _table.Column("dw_kind").Limits.AllowedValues!.Order());
        Assert.Equal(ColumnType.Choices, _table.Column("dw_tags").Type);
        Assert.Equal([0, 1], _table.Column("statecode").Limits.AllowedValues!.Order());
        Assert.Equal([1, 2], _table.Column("statuscode").Limits.AllowedValues!.Order());
    }

    [Fact]
    public void LookupsCustomersAndOwnersBecomeLookupsWithTheirTargetsAndDeleteBehaviour()
    {
        ColumnSchema parent = _table.Column("dw_parentid");
        Assert.Equal(ColumnType.Lookup, parent.Type);
        Assert.Equal(["dw_parent"], parent.LookupTargets);
        Assert.Equal(CascadeDelete.Cascade, parent.OnDelete);

        ColumnSchema customer = _table.Column("dw_customerid");
        Assert.Equal(["account", "contact"], customer.LookupTargets);
        Assert.Equal(CascadeDelete.RemoveLink, customer.OnDelete);

        // The system lookups the reader adds are refused rather than emptied, as on every hand-declared table.
        ColumnSchema owner = _table.Column("ownerid");
        Assert.Equal(["systemuser", "team"], owner.LookupTargets);
        Assert.Equal(CascadeDelete.Restrict, owner.OnDelete);
        Assert.Equal(CascadeDelete.Restrict, _table.Column("createdby").OnDelete);
    }

    [Fact]
    public void SystemColumnsAndKeysAreDeclared()
    {
        foreach (string column in new[] { "createdon", "modifiedon", "createdby", "modifiedby", "versionnumber", "statecode", "statuscode", "ownerid" })
        {
            Assert.True(_table.HasColumn(column), column);
        }

        AlternateKey key = Assert.Single(_table.AlternateKeys);
        Assert.Equal(("dw_namekey", "dw_name"), (key.Name, Assert.Single(key.Columns)));

        TableSchema parent = RecordedTables.ToTable(LimitedTables.Snapshot().Table(LimitedTables.Parent));
        Assert.False(parent.IsUserOwned);
        Assert.False(parent.HasColumn("ownerid"));
        Assert.Equal(ColumnType.UniqueIdentifier, parent.Column("dw_parentid").Type);
        Assert.True(parent.HasColumn("statecode"));
    }
}
