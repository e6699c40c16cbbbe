using System;
using DualWrite.Common.Tables;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>A table definition that would not import, or would not match the publisher, is refused naming what is wrong.</summary>
public sealed class TableDefinitionTests
{
    private static readonly ColumnDefinition s_name = ColumnDefinition.Text("dw_name", "Name", "", 100, isRequired: true);

    [Fact]
    public void AChoiceValueWithoutThePublisherPrefixIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => ColumnDefinition.Choice("dw_state", "State", "", true, new ChoiceOption(100000000, "Open")));

        Assert.Contains("'Open'", error.Message, StringComparison.Ordinal);
        Assert.Contains("10751", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAlternateKeyOnAnUndefinedColumnIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TableDefinition("dw_thing", "dw_things", "Thing", "Things", "", s_name, [], [new AlternateKeyDefinition("dw_thing_key", "Key", "dw_code")]));

        Assert.Contains("'dw_thing_key'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dw_code'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AColumnDefinedTwiceOrWithoutThePrefixIsRefused()
    {
        Assert.Contains("'dw_name'", Assert.Throws<ArgumentException>(() => new TableDefinition("dw_thing", "dw_things", "Thing", "Things", "", s_name, [s_name], [])).Message, StringComparison.Ordinal);
        Assert.Contains("'code'", Assert.Throws<ArgumentException>(() => new TableDefinition("dw_thing", "dw_things", "Thing", "Things", "", s_name, [ColumnDefinition.WholeNumber("code", "Code", "")], [])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4001)]
    public void ATextLengthDataverseCannotHoldIsRefused(int length)
    {
        Assert.Contains("'dw_code'", Assert.Throws<ArgumentOutOfRangeException>(() => ColumnDefinition.Text("dw_code", "Code", "", length)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedTablesUseThePublisherPrefixForEveryChoiceValue()
    {
        Assert.Equal(107510000, SyncStateTable.Status.Synced);
        Assert.Equal(107510003, OutboxTable.Status.Abandoned);
        Assert.Equal("dw_syncstateid", SyncStateTable.Definition.PrimaryKey);
    }
}
