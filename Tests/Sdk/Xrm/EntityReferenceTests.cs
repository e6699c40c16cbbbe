using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class EntityReferenceTests
{
    private static readonly Guid s_id = Guid.NewGuid();

    [Fact]
    public void EqualityIgnoresTheDisplayName()
    {
        var a = new EntityReference("account", s_id) { Name = "Contoso" };
        var b = new EntityReference("account", s_id) { Name = "Fabrikam" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void EqualityNeedsTheSameTableAndId()
    {
        var account = new EntityReference("account", s_id);

        Assert.NotEqual(account, new EntityReference("contact", s_id));
        Assert.NotEqual(account, new EntityReference("account", Guid.NewGuid()));
        Assert.False(account.Equals(null));
    }

    [Fact]
    public void AlternateKeysTakePartInEqualityWhateverTheirOrder()
    {
        var a = new EntityReference("account", new KeyAttributeCollection { ["accountnumber"] = "A-1", ["name"] = "Contoso" });
        var b = new EntityReference("account", new KeyAttributeCollection { ["name"] = "Contoso", ["accountnumber"] = "A-1" });
        var other = new EntityReference("account", "accountnumber", "A-2");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, other);
        Assert.NotEqual(new EntityReference("account", "accountnumber", "A-1"), other);
    }

    [Fact]
    public void WorksAsADictionaryKey()
    {
        var counts = new System.Collections.Generic.Dictionary<EntityReference, int>
        {
            [new EntityReference("account", s_id) { Name = "first" }] = 1,
        };

        counts[new EntityReference("account", s_id) { Name = "second" }] = 2;

        Assert.Single(counts);
        Assert.Equal(2, counts[new EntityReference("account", s_id)]);
    }

    [Fact]
    public void KeyConstructorSetsTheKeyAndLeavesTheIdEmpty()
    {
        var reference = new EntityReference("account", "accountnumber", "A-1");

        Assert.Equal(Guid.Empty, reference.Id);
        Assert.Equal("A-1", reference.KeyAttributes["accountnumber"]);
        Assert.Equal("account", reference.LogicalName);
    }
}
