using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DualWrite.FitCheck.Fit;
using Microsoft.OData.Edm;

namespace DualWrite.FitCheck.Output;

/// <summary>The report's sections: sources, maps, mismatches, settings, unconfirmed names, legal entities and currencies.</summary>
public static class ReportSections
{
    public static IReadOnlyList<ReportTable> Of(FitReport report)
    {
        var sections = new List<ReportTable>
        {
            new("Read", ["Service", "From", "What"],
            [
                ["Finance", report.Finance.Source, $"$metadata with {report.Finance.Snapshot.Model.EntityContainer?.EntitySets().Count() ?? 0} entity sets, {report.Finance.Snapshot.DataEntities.Count} DataEntities rows"],
                ["Dataverse", report.Dataverse.Source, $"{report.Dataverse.Snapshot.Tables.Count} tables: {string.Join(", ", report.Dataverse.Snapshot.Tables.Select(t => t.LogicalName))}"
                    + (report.Dataverse.Absent.Count == 0 ? "" : $"; absent: {string.Join(", ", report.Dataverse.Absent)}")],
            ]),
            new("Maps", ["Map", "Dataverse table", "Finance entity", "Entity set", "Fits", "Mismatches"],
                report.Maps.Select(m =>
                {
                    EntitySetResolution set = report.EntitySets.First(s => s.Map == m.Name);
                    return (IReadOnlyList<string>)
                    [
                        m.Name, m.SourceTable, m.FinanceEntity ?? "(none recorded)",
                        set.NeedsOverride ? $"{set.Resolved} (default {set.DefaultSet})" : set.Resolved ?? set.DefaultSet + (m.FinanceEntity is null ? "" : " (not in DataEntities)"),
                        report.Check.MapFits(m.Name) ? "yes" : "NO",
                        report.Check.Of(m.Name).Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ];
                }).ToArray()),
        };

        if (!report.Fits)
        {
            sections.Add(new ReportTable("Mismatches", ["Map", "Name", "Problem", "This environment has instead"],
                report.Check.Mismatches.Select(m => (IReadOnlyList<string>)[m.Map, m.Name, m.Problem, m.Instead ?? ""]).ToArray(),
                "A missing table, column or entity: install or enable it in the environment (or turn the map off in dw_SyncModes). A renamed field or enum member: an extension or version differs; change the map or the environment. A choice value missing: add it to the column."));
        }

        sections.Add(new ReportTable("Settings derived", ["Environment variable", "Value"],
            report.Settings.Select(s => (IReadOnlyList<string>)[s.Key, s.Value]).ToArray(),
            "Never a secret: the client secret or certificate goes into the plug-in steps' secure configuration after import."));
        sections.Add(new ReportTable("Names Schema/ records unconfirmed", ["Service", "Name", "In this environment", "Detail"],
            report.Unconfirmed.Where(u => u.Verdict != UnconfirmedFinding.NotRead).Select(u => (IReadOnlyList<string>)[u.Service, u.Name, u.Verdict, u.Detail]).ToArray(),
            $"{report.UnconfirmedIn(UnconfirmedFinding.Confirmed).Count()} confirmed, {report.UnconfirmedIn(UnconfirmedFinding.Differs).Count()} differ, {report.UnconfirmedIn(UnconfirmedFinding.Absent).Count()} absent, {report.UnconfirmedIn(UnconfirmedFinding.NotRead).Count()} not read (tables no map reads)."));
        sections.Add(new ReportTable("Legal entities and currencies", [], [], report.LegalEntitiesAndCurrencies));
        return sections;
    }

    public static string Verdict(FitReport report) => report.Fits
        ? $"FITS: all {report.Maps.Count} maps fit this Finance and this Dataverse."
        : $"DOES NOT FIT: {report.Check.Maps.Count(m => !report.Check.MapFits(m))} of {report.Maps.Count} maps, {report.Check.Mismatches.Count} mismatches.";

    /// <summary>The JSON text of an overrides map, as dw_EntitySetOverrides holds it.</summary>
    public static string Json(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);
}
