using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

/// <summary>Money, OptionSetValue, AliasedValue and Relationship: the values that sit in columns and keys.</summary>
public sealed class AttributeValueTests
{
    [Fact]
    public void MoneyComparesByAmount()
    {
        Assert.Equal(new Money(10.5m), new Money(10.5m));
        Assert.Equal(new Money(1.0m), new Money(1.00m));
        Assert.Equal(new Money(1.0m).GetHashCode(), new Money(1.00m).GetHashCode());
        Assert.NotEqual(new Money(1m), new Money(2m));
        Assert.False(new Money(1m).Equals(1m));
    }

    [Fact]
    public void OptionSetValueComparesByValue()
    {
        var set = new HashSet<OptionSetValue> { new(1), new(1), new(2) };

        Assert.Equal(2, set.Count);
        Assert.Equal(new OptionSetValue(7), new OptionSetValue(7));
        Assert.NotEqual(new OptionSetValue(7), new OptionSetValue(8));
    }

    [Fact]
    public void RelationshipComparesBySchemaNameAndRole()
    {
        var plain = new Relationship("account_parent_account");
        var referencing = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing };
        var referenced = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Equal(plain, new Relationship("account_parent_account"));
        Assert.Equal(plain.GetHashCode(), new Relationship("account_parent_account").GetHashCode());
        Assert.NotEqual(plain, new Relationship("Account_Parent_Account"));
        Assert.NotEqual(plain, referencing);
        Assert.NotEqual(referencing, referenced);
        Assert.Equal(referencing, new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing });
        Assert.Contains("account_parent_account", referencing.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AliasedValueKeepsWhereTheValueCameFrom()
    {
        var aliased = new AliasedValue("contact", "fullname", "Ada Lovelace");

        Assert.Equal(("contact", "fullname", (object?)"Ada Lovelace"), (aliased.EntityLogicalName, aliased.AttributeLogicalName, aliased.Value));
    }

    [Fact]
    public void MultiSelectChoiceHoldsItsOptions()
    {
        var choices = new OptionSetValueCollection(new List<OptionSetValue> { new(1) }) { new(3) };

        Assert.Equal(new[] { 1, 3 }, System.Linq.Enumerable.Select(choices, o => o.Value));
        Assert.Contains(new OptionSetValue(3), choices);
    }
}
