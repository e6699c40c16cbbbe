using System.Globalization;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Testing.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Testing.Support;

/// <summary>Runs a query through the organization's indexed plan and through a full scan of the same rows, and checks both answer alike.</summary>
internal static class QueryComparison
{
    /// <returns>The indexed plan's answer, written out (<see cref="Describe"/>).</returns>
    public static string AssertSameAsScan(InMemoryDataverse dataverse, QueryExpression query)
    {
        InMemoryOrganization organization = dataverse.Organization;
        var scan = new QueryRunner(organization.Schema, organization.Store, useIndexes: false);
        string scanned = Describe(scan.Run(query, dataverse.Identity.CallerUserId));
        string indexed = Describe(organization.Queries.Run(query, dataverse.Identity.CallerUserId));
        Assert.Equal(scanned, indexed);
        return indexed;
    }

    /// <summary>Every returned row in order (id, then each column and value), and the paging fields.</summary>
    public static string Describe(EntityCollection result) =>
        string.Join("\n", result.Entities.Select(e => e.Id.ToString("D") + " " + string.Join(" ", e.Attributes.OrderBy(a => a.Key, System.StringComparer.Ordinal).Select(a => a.Key + "=" + Value(a.Value)))))
        + $"\nmore={result.MoreRecords} cookie={result.PagingCookie} total={result.TotalRecordCount}";

    private static string Value(object? value) => value switch
    {
        null => "null",
        AliasedValue aliased => Value(aliased.Value),
        EntityReference reference => reference.LogicalName + ":" + reference.Id.ToString("D"),
        OptionSetValue option => "option:" + option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => "money:" + money.Value.ToString(CultureInfo.InvariantCulture),
        System.DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
