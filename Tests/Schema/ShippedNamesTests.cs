using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DualWrite.Common.Tables;
using DualWrite.Schema.Dataverse;
using DualWrite.Tests.Solution;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Schema;

/// <summary>
/// No Dataverse name in shipped code or in the built solution zip is missing from the recorded schema: every quoted
/// table, entity set (a map is named by it) or column name of the Project Operations and standard tables in Plugins/, WorkflowActivities/ and Common/,
/// and every table, filtering attribute and image attribute of the zip's steps.
/// </summary>
public sealed class ShippedNamesTests
{
    // The prefixes of the platform's names the solution touches (the solution's own tables are dw_, defined in Common/Tables).
    private static readonly Regex s_platformName = new("\"((?:msdyn|cdm)_[a-z0-9_]+|bookable[a-z]*|salesorder[a-z]*|invoice[a-z]*|transactioncurrency[a-z]*|uom[a-z]*|product[a-z]*|account[a-z]*)\"", RegexOptions.CultureInvariant);

    private static readonly DataverseSnapshot s_schema = DataverseSnapshot.Load();

    private static readonly HashSet<string> s_recordedNames = new(
        s_schema.Tables.SelectMany(t => new[] { t.LogicalName, t.EntitySetName ?? t.LogicalName }).Concat(s_schema.Tables.SelectMany(t => t.Attributes.Select(a => a.LogicalName))),
        StringComparer.Ordinal);

    [Fact]
    public void EveryPlatformNameInShippedCodeIsRecorded()
    {
        string[] files = new[] { "Plugins", "WorkflowActivities", "Common" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);

        var unrecorded = new List<string>();
        foreach (string file in files)
        {
            foreach (Match match in s_platformName.Matches(File.ReadAllText(file)))
            {
                string name = match.Groups[1].Value;
                if (!s_recordedNames.Contains(name))
                {
                    unrecorded.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {name}");
                }
            }
        }

        Assert.True(unrecorded.Count == 0, "Names in shipped code that Schema/Dataverse does not record:\n" + string.Join("\n", unrecorded.Distinct()));
    }

    [Fact]
    public void EveryStepOfTheZipNamesRecordedTablesAndColumns()
    {
        BuiltSolution zip = BuiltSolution.Open();
        var ownTables = DualWriteTables.All.ToDictionary(t => t.LogicalName, t => t.Columns.Select(c => c.LogicalName).Append(t.PrimaryName.LogicalName).ToHashSet(StringComparer.Ordinal));
        var problems = new List<string>();
        XElement[] steps = zip.Steps.ToArray();
        Assert.NotEmpty(steps);
        foreach (XElement step in steps)
        {
            string table = (string)step.Element("PrimaryEntity")!;
            string stepName = (string)step.Attribute("Name")!;
            Func<string, bool> hasColumn;
            if (ownTables.TryGetValue(table, out HashSet<string>? ownColumns))
            {
                hasColumn = ownColumns.Contains;
            }
            else if (s_schema.TryGetTable(table, out RecordedTable recorded))
            {
                hasColumn = c => recorded.TryGetAttribute(c, out _);
            }
            else
            {
                problems.Add($"{stepName}: table {table} is not recorded");
                continue;
            }

            IEnumerable<string> columns = Split((string?)step.Element("FilteringAttributes"))
                .Concat(step.Descendants("SdkMessageProcessingStepImage").SelectMany(i => Split((string?)i.Element("Attributes"))));
            problems.AddRange(columns.Where(c => !hasColumn(c)).Distinct().Select(c => $"{stepName}: column {table}.{c} is not recorded"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Split(string? csv) => (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
