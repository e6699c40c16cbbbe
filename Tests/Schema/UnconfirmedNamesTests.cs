using System.Collections.Generic;
using System.Linq;
using DualWrite.Schema.Dataverse;
using DualWrite.Schema.Finance;
using Microsoft.OData.Edm;
using Xunit;
using Xunit.Abstractions;

namespace DualWrite.Tests.Schema;

/// <summary>
/// The names of the recorded schema no public source confirms, listed with why each was chosen, so their count is
/// visible in every run; the fit check against a customer's environment settles them.
/// </summary>
public sealed class UnconfirmedNamesTests
{
    private readonly ITestOutputHelper _output;

    public UnconfirmedNamesTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void EveryUnconfirmedDataverseNameIsARecordedNameWithItsReason()
    {
        DataverseSnapshot dataverse = DataverseSnapshot.Load();
        var recorded = new HashSet<string>(System.StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (RecordedTable table in dataverse.Tables)
        {
            recorded.Add(table.LogicalName);
            Note(table.LogicalName, table.Provenance);
            foreach (RecordedAttribute attribute in table.Attributes.Where(a => !a.IsAddedByReader))
            {
                string column = table.LogicalName + "." + attribute.LogicalName;
                recorded.Add(column);
                Note(column, attribute.Provenance);
                foreach (RecordedOption option in attribute.Options)
                {
                    recorded.Add(column + "=" + option.Value);
                    Note(column + "=" + option.Value, option.Provenance);
                }
            }

            foreach (RecordedKey key in table.Keys)
            {
                recorded.Add(table.LogicalName + "." + key.LogicalName);
                Note(table.LogicalName + "." + key.LogicalName, key.Provenance);
            }
        }

        IReadOnlyList<string> unconfirmed = dataverse.UnconfirmedNames;
        _output.WriteLine($"Dataverse: {recorded.Count} names recorded, {recorded.Count - unconfirmed.Count} confirmed by a source, {unconfirmed.Count} unconfirmed:");
        foreach (string name in unconfirmed)
        {
            _output.WriteLine($"  {name}: {reasons[name]}");
        }

        Assert.All(unconfirmed, name => Assert.Contains(name, recorded));
        Assert.All(unconfirmed, name => Assert.False(string.IsNullOrWhiteSpace(reasons[name]), name));

        void Note(string name, Provenance provenance)
        {
            if (!provenance.IsConfirmed)
            {
                reasons[name] = provenance.Unconfirmed!;
            }
        }
    }

    [Fact]
    public void EveryUnconfirmedFinanceNameIsARecordedNameWithItsReason()
    {
        FinanceSnapshot finance = FinanceSnapshot.Load();
        var recorded = new HashSet<string>(System.StringComparer.Ordinal) { "Name", "PublicEntityName", "PublicCollectionName" };
        int names = finance.DataEntities.Count * 3;
        foreach (IEdmEntityType type in finance.Model.SchemaElements.OfType<IEdmEntityType>())
        {
            names += 1 + type.DeclaredStructuralProperties().Count();
            recorded.UnionWith(type.DeclaredStructuralProperties().Select(p => p.Name));
        }

        foreach (IEdmEnumType enumType in finance.Model.SchemaElements.OfType<IEdmEnumType>())
        {
            names += 1 + enumType.Members.Count();
            recorded.Add(enumType.Name);
            recorded.UnionWith(enumType.Members.Select(m => enumType.Name + "." + m.Name));
        }

        _output.WriteLine($"Finance: {names} names recorded (entity rows, types, properties, enum types and members), {finance.Unconfirmed.Count} unconfirmed:");
        foreach (FinanceUnconfirmedName name in finance.Unconfirmed)
        {
            _output.WriteLine($"  {name.File}: {name.Name}: {name.Why}");
        }

        Assert.All(finance.Unconfirmed, name => Assert.Contains(name.Name, recorded));
        Assert.All(finance.Unconfirmed, name => Assert.False(string.IsNullOrWhiteSpace(name.Why), name.File + " " + name.Name));
    }
}
