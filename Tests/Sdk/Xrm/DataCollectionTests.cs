using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class DataCollectionTests
{
    [Fact]
    public void AddOfAnExistingKeyThrowsWhileTheIndexerReplaces()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.Throws<ArgumentException>(() => attributes.Add("name", "Fabrikam"));
        Assert.Throws<ArgumentException>(() => attributes.Add(new KeyValuePair<string, object?>("name", "Fabrikam")));

        attributes["name"] = "Fabrikam";
        attributes["telephone1"] = "555";
        Assert.Equal("Fabrikam", attributes["name"]);
        Assert.Equal(2, attributes.Count);
    }

    [Fact]
    public void IndexerGetOfAMissingKeyThrows()
    {
        var images = new EntityImageCollection();

        Assert.Throws<KeyNotFoundException>(() => images["PreImage"]);
    }

    [Fact]
    public void KeysAreOrdinal()
    {
        var parameters = new ParameterCollection { ["Target"] = new Entity("account") };

        Assert.True(parameters.Contains("Target"));
        Assert.False(parameters.Contains("target"));
        Assert.False(parameters.ContainsKey("TARGET"));
    }

    [Fact]
    public void ContainsOfAPairComparesTheValueToo()
    {
        var attributes = new AttributeCollection { ["statecode"] = new OptionSetValue(0) };

        Assert.True(attributes.Contains(new KeyValuePair<string, object?>("statecode", new OptionSetValue(0))));
        Assert.False(attributes.Contains(new KeyValuePair<string, object?>("statecode", new OptionSetValue(1))));
        Assert.True(attributes.Contains("statecode"));
    }

    [Fact]
    public void RemoveOfAPairRemovesOnlyWhenTheValueMatches()
    {
        var attributes = new AttributeCollection { ["name"] = "Contoso" };

        Assert.False(attributes.Remove(new KeyValuePair<string, object?>("name", "Fabrikam")));
        Assert.True(attributes.Contains("name"));
        Assert.True(attributes.Remove("name"));
        Assert.False(attributes.Remove("name"));
        Assert.Equal(0, attributes.Count);
    }

    [Fact]
    public void EnumeratesPairsAndExposesKeysAndValues()
    {
        var values = new FormattedValueCollection { ["statecode"] = "Active", ["statuscode"] = "In progress" };

        Assert.Equal(
            new[] { "statecode=Active", "statuscode=In progress" },
            values.Select(pair => pair.Key + "=" + pair.Value).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(new[] { "statecode", "statuscode" }, values.Keys.OrderBy(s => s, StringComparer.Ordinal));
        Assert.Contains("Active", values.Values);
    }

    [Fact]
    public void TryGetValueAndAddRange()
    {
        var keys = new KeyAttributeCollection();
        keys.AddRange(new KeyValuePair<string, object>("accountnumber", "A-1"), new KeyValuePair<string, object>("name", "Contoso"));

        Assert.True(keys.TryGetValue("accountnumber", out object? number));
        Assert.Equal("A-1", number);
        Assert.False(keys.TryGetValue("missing", out _));
        Assert.Throws<ArgumentException>(() => keys.AddRange(new KeyValuePair<string, object>("name", "again")));
    }

    [Fact]
    public void ParameterCollectionTryGetValueOfTChecksTheType()
    {
        var parameters = new ParameterCollection { ["Target"] = new Entity("account"), ["Depth"] = null };

        Assert.True(parameters.TryGetValue("Target", out Entity? target));
        Assert.Equal("account", target!.LogicalName);
        Assert.False(parameters.TryGetValue("Target", out EntityReference? _));
        Assert.False(parameters.TryGetValue("Missing", out Entity? _));
        Assert.True(parameters.TryGetValue("Depth", out string? nothing));
        Assert.Null(nothing);
        Assert.False(parameters.TryGetValue("Depth", out int _));
    }

    [Fact]
    public void AddOrUpdateIfNotNullSkipsNullAndReplacesOtherwise()
    {
        var shared = new ParameterCollection { ["count"] = 1 };

        shared.AddOrUpdateIfNotNull("count", null);
        shared.AddOrUpdateIfNotNull("other", null);
        Assert.Equal(1, shared["count"]);
        Assert.False(shared.Contains("other"));

        shared.AddOrUpdateIfNotNull("count", 2);
        shared.AddOrUpdateIfNotNull("other", "x");
        Assert.Equal(2, shared["count"]);
        Assert.Equal("x", shared["other"]);
    }

    [Fact]
    public void CopyToAndClear()
    {
        var attributes = new AttributeCollection { ["a"] = 1, ["b"] = 2 };
        var array = new KeyValuePair<string, object?>[3];

        attributes.CopyTo(array, 1);
        attributes.Clear();

        Assert.Equal(new[] { "a", "b" }, array.Skip(1).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(0, attributes.Count);
        Assert.False(attributes.IsReadOnly);
    }

    [Fact]
    public void ListCollectionsCopyTheirSourceAndAddRange()
    {
        var first = new EntityReference("contact", Guid.NewGuid());
        var source = new[] { first };
        var related = new EntityReferenceCollection(source);

        related.AddRange(new EntityReference("contact", Guid.NewGuid()), new EntityReference("contact", Guid.NewGuid()));

        Assert.Equal(3, related.Count);
        Assert.Single(source);
        Assert.Same(first, related.ToArray()[0]);
    }

    [Fact]
    public void EntityCollectionIndexesItsEntities()
    {
        var a = new Entity("account", Guid.NewGuid());
        var b = new Entity("account", Guid.NewGuid());
        var page = new EntityCollection(new List<Entity> { a });

        page.Entities.Add(b);

        Assert.Same(b, page[1]);
        page[0] = b;
        Assert.Same(b, page.Entities[0]);
    }
}
