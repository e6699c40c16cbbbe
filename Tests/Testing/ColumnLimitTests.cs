using System;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static DualWrite.Tests.Testing.Support.LimitedTables;

namespace DualWrite.Tests.Testing;

/// <summary>Writes beyond a column's recorded limits are refused with the platform's faults; writes within them are kept.</summary>
public sealed class ColumnLimitTests
{
    private readonly InMemoryDataverse _dataverse = LimitedTables.NewOrganization();
    private readonly IOrganizationService _service;

    public ColumnLimitTests()
    {
        _service = _dataverse.GetOrganizationService();
    }

    [Fact]
    public void ARowAtEveryLimitIsAccepted()
    {
        Guid parent = _service.Create(new Entity(Parent) { ["dw_name"] = "P" });
        Guid id = _service.Create(new Entity(Limited)
        {
            ["dw_name"] = new string('n', 10),
            ["dw_notes"] = new string('m', 20),
            ["dw_count"] = 500,
            ["dw_big"] = -1000L,
            ["dw_quantity"] = -100m,
            ["dw_rate"] = 1d,
            ["dw_amount"] = new Money(1000000m),
            ["dw_billable"] = true,
            ["dw_date"] = new DateTime(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["dw_kind"] = new OptionSetValue(Sales),
            ["dw_tags"] = new OptionSetValueCollection { new(1), new(3) },
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
            ["dw_parentid"] = new EntityReference(Parent, parent),
        });

        Entity row = _service.Retrieve(Limited, id, new ColumnSet(true));
        Assert.Equal(500, row["dw_count"]);
        Assert.Equal(1000000m, row.GetAttributeValue<Money>("dw_amount")!.Value);
        Assert.Equal(Sales, row.GetAttributeValue<OptionSetValue>("dw_kind")!.Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode")!.Value);

        _service.Update(new Entity(Limited, id) { ["dw_count"] = 0, ["dw_name"] = string.Empty, ["dw_kind"] = null });
        Assert.Equal(0, _service.Retrieve(Limited, id, new ColumnSet("dw_count"))["dw_count"]);
    }

    [Fact]
    public void ATextLongerThanItsColumnIsRefused()
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.StringLengthTooLong, () => _service.Create(new Entity(Limited) { ["dw_name"] = new string('n', 11) }));
        Assert.Equal("A validation error occurred. The length of the 'dw_name' attribute of the 'dw_limited' entity exceeded the maximum allowed length of '10'.", fault.Message);

        Guid id = _service.Create(new Entity(Limited) { ["dw_name"] = "ok" });
        fault = AssertFault.Throws(ErrorCodes.StringLengthTooLong, () => _service.Update(new Entity(Limited, id) { ["dw_notes"] = new string('m', 21) }));
        Assert.Contains("'dw_notes' attribute of the 'dw_limited' entity exceeded the maximum allowed length of '20'", fault.Message, StringComparison.Ordinal);
        Assert.Null(_service.Retrieve(Limited, id, new ColumnSet("dw_notes")).GetAttributeValue<string>("dw_notes"));
    }

    [Theory]
    [InlineData("dw_count", 501, "The value 501 of type System.Int32 is outside the valid range(0 to 500).")]
    [InlineData("dw_count", -1, "The value -1 of type System.Int32 is outside the valid range(0 to 500).")]
    [InlineData("dw_big", 1001L, "The value 1001 of type System.Int64 is outside the valid range(-1000 to 1000).")]
    public void AWholeNumberOutsideItsRangeIsRefused(string column, object value, string expected)
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.IntegerValueOutOfRange, () => _service.Create(new Entity(Limited) { [column] = value }));

        Assert.Equal($"A validation error occurred for dw_limited.{column}. {expected}", fault.Message);
    }

    [Fact]
    public void ADecimalFloatOrCurrencyOutsideItsRangeIsRefused()
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.DecimalValueOutOfRange, () => _service.Create(new Entity(Limited) { ["dw_quantity"] = 100.01m }));
        Assert.Equal("A validation error occurred for dw_limited.dw_quantity. The value 100.01 of type System.Decimal is outside the valid range(-100 to 100).", fault.Message);

        fault = AssertFault.Throws(ErrorCodes.DecimalValueOutOfRange, () => _service.Create(new Entity(Limited) { ["dw_rate"] = 1.5d }));
        Assert.Equal("A validation error occurred for dw_limited.dw_rate. The value 1.5 of type System.Double is outside the valid range(0 to 1).", fault.Message);

        fault = AssertFault.Throws(ErrorCodes.DecimalValueOutOfRange, () => _service.Create(new Entity(Limited) { ["dw_amount"] = new Money(-0.01m) }));
        Assert.Equal("A validation error occurred for dw_limited.dw_amount. The value -0.01 of type Microsoft.Xrm.Sdk.Money is outside the valid range(0 to 1000000).", fault.Message);
    }

    [Fact]
    public void DecimalsAndCurrencyAreRoundedToTheColumnsPrecisionNotRefused()
    {
        Guid id = _service.Create(new Entity(Limited) { ["dw_quantity"] = 1.235m, ["dw_amount"] = new Money(10.004m), ["dw_rate"] = 0.123456d });

        Entity row = _service.Retrieve(Limited, id, new ColumnSet("dw_quantity", "dw_amount", "dw_rate"));
        Assert.Equal(1.24m, row["dw_quantity"]);
        Assert.Equal(10.00m, row.GetAttributeValue<Money>("dw_amount")!.Value);
        Assert.Equal(0.123456d, row["dw_rate"]);
    }

    [Fact]
    public void ADateBefore1753IsRefusedInEveryDateColumnRecordedOrNot()
    {
        var early = new DateTime(1752, 12, 31, 23, 59, 59, DateTimeKind.Utc);
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.DateTimeBelowMinimum, () => _service.Create(new Entity(Limited) { ["dw_date"] = early }));
        Assert.Equal(
            "DateTime is less than minumum value supported by CrmDateTime. Actual value: 12/31/1752 23:59:59, Minimum value supported: 01/01/1753 00:00:00 (column 'dw_date' of dw_limited)",
            fault.Message);

        // dw_project is declared by hand, without limits: the platform's earliest date holds for it all the same.
        fault = AssertFault.Throws(ErrorCodes.DateTimeBelowMinimum, () => _service.Create(new Entity(TestTables.Project) { ["dw_start"] = DateTime.MinValue }));
        Assert.Contains("Actual value: 01/01/0001 00:00:00", fault.Message, StringComparison.Ordinal);
        Assert.Contains("(column 'dw_start' of dw_project)", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dw_kind", 3, "192350000,192350001")]
    [InlineData("statecode", 2, "0,1")]
    [InlineData("statuscode", 0, "1,2")]
    public void AChoiceValueTheColumnDoesNotHaveIsRefused(string column, int value, string accepted)
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.PicklistValueOutOfRange, () => _service.Create(new Entity(Limited) { [column] = new OptionSetValue(value) }));

        Assert.Equal($"A validation error occurred. The value {value} of '{column}' on record of type 'dw_limited' is outside the valid range. Accepted Values: {accepted}", fault.Message);
    }

    [Fact]
    public void EachValueOfAMultiSelectChoiceMustBeAnOption()
    {
        Guid id = _service.Create(new Entity(Limited) { ["dw_tags"] = new OptionSetValueCollection { new(2) } });

        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.PicklistValueOutOfRange,
            () => _service.Update(new Entity(Limited, id) { ["dw_tags"] = new OptionSetValueCollection { new(1), new(4) } }));

        Assert.Equal("A validation error occurred. The value 4 of 'dw_tags' on record of type 'dw_limited' is outside the valid range. Accepted Values: 1,2,3", fault.Message);
    }

    [Fact]
    public void ALookupToATableNotAmongItsTargetsIsRefused()
    {
        Guid account = _service.Create(new Entity("account") { ["name"] = "A" });

        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.InvalidArgument,
            () => _service.Create(new Entity(Limited) { ["dw_parentid"] = new EntityReference("account", account) }));

        Assert.Equal("Column 'dw_parentid' of dw_limited cannot point at a account; it takes dw_parent.", fault.Message);
    }

    [Fact]
    public void TablesDeclaredByHandWithoutLimitsTakeWhatTheyTookBefore()
    {
        Guid id = _service.Create(new Entity(TestTables.Project)
        {
            ["dw_name"] = new string('x', 5000),
            ["dw_counter"] = int.MaxValue,
            ["dw_amount"] = new Money(-1.23456m),
            ["dw_rate"] = 1.23456789m,
            ["dw_status"] = new OptionSetValue(987654),
            ["statuscode"] = new OptionSetValue(42),
        });

        Entity row = _service.Retrieve(TestTables.Project, id, new ColumnSet(true));
        Assert.Equal(-1.23456m, row.GetAttributeValue<Money>("dw_amount")!.Value);
        Assert.Equal(1.23456789m, row["dw_rate"]);
        Assert.Equal(987654, row.GetAttributeValue<OptionSetValue>("dw_status")!.Value);
    }
}
