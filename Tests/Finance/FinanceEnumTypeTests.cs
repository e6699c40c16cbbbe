using System;
using DualWrite.Plugins.Finance;
using Xunit;

namespace DualWrite.Tests.Finance;

/// <summary>The definition of a Finance enum and of a property typed by one.</summary>
public sealed class FinanceEnumTypeTests
{
    [Fact]
    public void AnEnumIsNamedInFinancesNamespaceAndFindsItsMembersByExactName()
    {
        var noYes = new FinanceEnumType("NoYes", [new("No", 0), new("Yes", 1)]);
        var property = new FinancePropertyDefinition("Billable", noYes, isNullable: false);

        Assert.Equal("Microsoft.Dynamics.DataEntities.NoYes", noYes.QualifiedName);
        Assert.Equal(1, noYes.FindMember("Yes")?.Value);
        Assert.Null(noYes.FindMember("yes"));
        Assert.Equal((FinanceEdmType.Enum, noYes, "Microsoft.Dynamics.DataEntities.NoYes"), (property.Type, property.EnumType, property.EdmTypeName));
        Assert.Equal(("Edm.String", null), (new FinancePropertyDefinition("Name", FinanceEdmType.String).EdmTypeName, new FinancePropertyDefinition("Name", FinanceEdmType.String).EnumType));
    }

    [Theory]
    [InlineData("Member 'Yes' twice", "Yes", 1, "Yes", 2)]
    [InlineData("gives value 1 to more than one member ('Maybe' among them)", "Yes", 1, "Maybe", 1)]
    public void AnEnumRefusesAmbiguousMembers(string expected, string first, int firstValue, string second, int secondValue)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FinanceEnumType("NoYes", [new(first, firstValue), new(second, secondValue)]));

        Assert.Contains("Finance enum 'NoYes'", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("In Process")]
    [InlineData("It's")]
    [InlineData("3rd")]
    [InlineData("")]
    public void NamesThatAnEnumLiteralCannotCarryAreRefused(string name)
    {
        Assert.Contains($"'{name}' cannot name a Finance enum member", Assert.Throws<ArgumentException>(() => new FinanceEnumMember(name, 0)).Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}' cannot name a Finance enum:", Assert.Throws<ArgumentException>(() => new FinanceEnumType(name, [new("No", 0)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnumNeedsMembersAndAnEnumPropertyNeedsItsEnum()
    {
        Assert.Contains("Finance enum 'Empty' needs at least one member", Assert.Throws<ArgumentException>(() => new FinanceEnumType("Empty", [])).Message, StringComparison.Ordinal);
        Assert.Contains("Finance property 'Stage' is an enum: define it with its FinanceEnumType", Assert.Throws<ArgumentException>(() => new FinancePropertyDefinition("Stage", FinanceEdmType.Enum)).Message, StringComparison.Ordinal);
        Assert.Contains("Finance property 'Stage' needs its enum type", Assert.Throws<ArgumentNullException>(() => new FinancePropertyDefinition("Stage", (FinanceEnumType)null!)).Message, StringComparison.Ordinal);
    }
}
