using System;
using System.Globalization;
using System.Linq;
using System.Text;
using DualWrite.Testing;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.WorkflowActivities.Support;

/// <summary>Every row of every table of an organization as text, so a test can assert that nothing at all changed.</summary>
internal static class StoreSnapshot
{
    public static string Of(InMemoryDataverse dataverse)
    {
        var text = new StringBuilder();
        foreach (TableSchema table in dataverse.Schema.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            foreach (Entity row in dataverse.Records(table.LogicalName))
            {
                text.Append(row.LogicalName).Append(' ').Append(row.Id.ToString("D")).Append('\n');
                foreach (string column in row.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(column).Append('=').Append(Format(row[column])).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        EntityReference reference => reference.LogicalName + ":" + reference.Id.ToString("D"),
        Money money => "money:" + money.Value.ToString(CultureInfo.InvariantCulture),
        OptionSetValue option => "option:" + option.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
