using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class EntityTests
{
    [Fact]
    public void IndexerThrowsForAMissingColumnWhileGetAttributeValueReturnsDefault()
    {
        var account = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => account["name"]);
        Assert.Null(account.GetAttributeValue<string>("name"));
        Assert.Equal(0, account.GetAttributeValue<int>("numberofemployees"));
        Assert.Null(account.GetAttributeValue<int?>("numberofemployees"));
        Assert.Equal(default, account.GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void GetAttributeValueReturnsDefaultForANullValueButContainsStillSeesTheColumn()
    {
        var account = new Entity("account") { ["revenue"] = null };

        Assert.True(account.Contains("revenue"));
        Assert.Null(account["revenue"]);
        Assert.Null(account.GetAttributeValue<Money>("revenue"));
        Assert.False(account.GetAttributeValue<bool>("revenue"));
    }

    [Fact]
    public void GetAttributeValueOfTheWrongTypeThrowsInvalidCast()
    {
        var account = new Entity("account") { ["numberofemployees"] = 12 };

        Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<string>("numberofemployees"));
        Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<long>("numberofemployees"));
        Assert.Equal(12, account.GetAttributeValue<int?>("numberofemployees"));
    }

    [Fact]
    public void ColumnNamesAreCaseSensitive()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.False(account.Contains("Name"));
        Assert.Null(account.GetAttributeValue<string>("Name"));
    }

    [Fact]
    public void TryGetAttributeValueReportsPresenceAndType()
    {
        var account = new Entity("account") { ["name"] = "Contoso", ["parentaccountid"] = null };

        Assert.True(account.TryGetAttributeValue("name", out string? name));
        Assert.Equal("Contoso", name);
        Assert.False(account.TryGetAttributeValue("name", out int _));
        Assert.False(account.TryGetAttributeValue("telephone1", out string? missing));
        Assert.Null(missing);
        Assert.True(account.TryGetAttributeValue("parentaccountid", out EntityReference? parent));
        Assert.Null(parent);
    }

    [Fact]
    public void ConstructorsSetLogicalNameIdAndKeys()
    {
        var id = Guid.NewGuid();
        var byId = new Entity("account", id);
        var byKey = new Entity("account", "accountnumber", "A-1");
        var keys = new KeyAttributeCollection { { "accountnumber", "A-2" }, { "name", "Contoso" } };
        var byKeys = new Entity("account", keys);

        Assert.Equal(("account", id), (byId.LogicalName, byId.Id));
        Assert.Empty(byId.KeyAttributes);
        Assert.Equal(Guid.Empty, byKey.Id);
        Assert.Equal("A-1", byKey.KeyAttributes["accountnumber"]);
        Assert.Empty(byKey.Attributes);
        Assert.Same(keys, byKeys.KeyAttributes);
        Assert.Null(new Entity().LogicalName);
    }

    [Fact]
    public void IdIsIndependentOfThePrimaryKeyColumn()
    {
        var id = Guid.NewGuid();
        var account = new Entity("account", id);

        Assert.False(account.Contains("accountid"));

        account["accountid"] = Guid.NewGuid();
        Assert.Equal(id, account.Id);
    }

    [Fact]
    public void ToEntityReferenceCarriesLogicalNameIdAndKeysButNoName()
    {
        var id = Guid.NewGuid();
        var account = new Entity("account", id) { ["name"] = "Contoso" };
        account.KeyAttributes["accountnumber"] = "A-1";

        EntityReference reference = account.ToEntityReference();

        Assert.Equal("account", reference.LogicalName);
        Assert.Equal(id, reference.Id);
        Assert.Equal("A-1", reference.KeyAttributes["accountnumber"]);
        Assert.Null(reference.Name);
    }

    [Fact]
    public void ToEntityGivesAnEarlyBoundTypeTheSameRecord()
    {
        var id = Guid.NewGuid();
        var entity = new Entity("account", id) { ["name"] = "Contoso" };
        entity.FormattedValues["name"] = "Contoso";
        entity.KeyAttributes["accountnumber"] = "A-1";
        var related = new Relationship("account_primary_contact");
        entity.RelatedEntities[related] = new EntityCollection();

        Account account = entity.ToEntity<Account>();

        Assert.IsType<Account>(account);
        Assert.Equal("account", account.LogicalName);
        Assert.Equal(id, account.Id);
        Assert.Equal("Contoso", account.Name);
        Assert.Equal("Contoso", account.FormattedName);
        Assert.Equal("A-1", account.KeyAttributes["accountnumber"]);
        Assert.True(account.RelatedEntities.Contains(related));
    }

    [Fact]
    public void ToEntityRefusesARecordOfAnotherTable()
    {
        var contact = new Entity("contact", Guid.NewGuid());

        Assert.Throws<NotSupportedException>(() => contact.ToEntity<Account>());
    }

    [Fact]
    public void ToEntityOfEntityIsANewInstanceWithTheSameValues()
    {
        var original = new Entity("account", Guid.NewGuid()) { ["name"] = "Contoso" };

        Entity copy = original.ToEntity<Entity>();

        Assert.NotSame(original, copy);
        Assert.Equal(original.Id, copy.Id);
        Assert.Equal("Contoso", copy["name"]);
    }

    [Fact]
    public void ProtectedAccessorsReadAndWriteTheCollections()
    {
        var account = new Account { Name = "Fabrikam" };

        Assert.Equal("Fabrikam", account["name"]);
        Assert.Null(account.FormattedName);

        account.FormattedValues["name"] = "Fabrikam Inc.";
        Assert.Equal("Fabrikam Inc.", account.FormattedName);
    }

    [Fact]
    public void RelatedEntityAccessorsKeyByRelationshipAndRole()
    {
        var account = new Account();
        var contact = new Entity("contact", Guid.NewGuid());

        account.PrimaryContact = contact;

        Assert.Same(contact.Attributes, account.PrimaryContact!.Attributes);
        Assert.True(account.RelatedEntities.Contains(new Relationship("account_primary_contact") { PrimaryEntityRole = EntityRole.Referencing }));
        Assert.False(account.RelatedEntities.Contains(new Relationship("account_primary_contact")));

        account.PrimaryContact = null;
        Assert.Empty(account.RelatedEntities);
    }

    private sealed class Account : Entity
    {
        public Account()
            : base("account")
        {
        }

        public string? Name
        {
            get => GetAttributeValue<string>("name");
            set => SetAttributeValue("name", value);
        }

        public string? FormattedName => GetFormattedAttributeValue("name");

        public Entity? PrimaryContact
        {
            get => GetRelatedEntity<Entity>("account_primary_contact", EntityRole.Referencing);
            set => SetRelatedEntity("account_primary_contact", EntityRole.Referencing, value);
        }
    }
}
