using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using DualWrite.FitCheck.Fit;
using DualWrite.FitCheck.Options;
using DualWrite.FitCheck.Output;
using DualWrite.FitCheck.Reading;
using DualWrite.FitCheck.Settings;
using DualWrite.MapCheck;
using DualWrite.Plugins.Maps;
using DualWrite.Schema.Dataverse;
using DualWrite.Schema.Finance;

namespace DualWrite.FitCheck;

/// <summary>
/// The fit check from its command line to its exit code: reads both services' metadata, resolves the entity sets,
/// runs the map check, settles the unconfirmed names, prints and writes the report, and writes the settings.
/// </summary>
public static class FitCheckCommand
{
    /// <param name="environment">Reads an environment variable (secrets and tokens come only from there).</param>
    /// <param name="handler">How HTTPS requests (and MSAL's) are sent; null for the default, which checks certificates as usual.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, Func<string, string?> environment, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            FitCheckOptions options = FitCheckOptionsParser.Parse(args);
            if (options.ShowHelp)
            {
                output.WriteLine(FitCheckHelp.Text);
                return FitCheckExitCode.Fits;
            }

            using HttpClient http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
            FitReport report = Check(options, new MetadataClient(http), new AccessTokens(options, environment, handler is null ? null : new HandlerMsalHttpClientFactory(http)));
            IReadOnlyList<ReportTable> sections = ReportSections.Of(report);
            string verdict = ReportSections.Verdict(report);
            ConsoleReport.Write(output, sections, verdict);
            string reportPath = options.ReportPath ?? Path.Combine("artifacts", "fitcheck", "report.md");
            MarkdownReport.Write(reportPath, sections, verdict);
            output.WriteLine($"Report: {Path.GetFullPath(reportPath)}");
            WriteSettings(options, report.Settings, output);
            return report.Fits ? FitCheckExitCode.Fits : FitCheckExitCode.DoesNotFit;
        }
        catch (FitCheckException e)
        {
            output.WriteLine("error: " + e.Message);
            return e.ExitCode;
        }
    }

    private static FitReport Check(FitCheckOptions options, MetadataClient client, AccessTokens tokens)
    {
        IReadOnlyList<TableMap> maps = TableMaps.All;
        IReadOnlyList<string> tables = MapTables.Of(maps);
        FinanceMetadata finance = options.FinanceUrl is Uri financeUrl
            ? FinanceMetadataReader.Live(financeUrl, client, tokens, options.AuthorityHost)
            : FinanceMetadataReader.FromFiles(options.FinanceMetadataFile!, options.FinanceEntitiesFile!);
        DataverseMetadata dataverse = options.DataverseUrl is Uri dataverseUrl
            ? DataverseMetadataReader.Live(dataverseUrl, tables, client, tokens, options.DataverseAuthorityHost ?? options.AuthorityHost)
            : DataverseMetadataReader.FromFile(options.DataverseMetadataFile!, tables);
        if (options.SaveMetadataFolder is string folder)
        {
            Directory.CreateDirectory(folder);
            if (options.FinanceUrl is not null)
            {
                finance.Save(folder);
            }

            if (options.DataverseUrl is not null)
            {
                dataverse.Save(folder);
            }
        }

        IReadOnlyList<EntitySetResolution> entitySets = EntitySetResolution.Resolve(maps, finance.Snapshot);
        IReadOnlyDictionary<string, string> overrides = EntitySetResolution.Overrides(entitySets);
        MapCheckReport check = MapChecker.Check(maps, new SchemaPair(dataverse.Snapshot, finance.Snapshot), overrides);
        UnconfirmedFinding[] unconfirmed = UnconfirmedNames.Finance(FinanceSnapshot.Load(), finance.Snapshot)
            .Concat(UnconfirmedNames.Dataverse(DataverseSnapshot.Load(), dataverse.Snapshot, tables.ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        return new FitReport(finance, dataverse, maps, entitySets, check, unconfirmed, DerivedSettings.From(options, overrides));
    }

    private static void WriteSettings(FitCheckOptions options, IReadOnlyDictionary<string, string> settings, TextWriter output)
    {
        if (options.SettingsFile is string file)
        {
            SettingsWriter.ToSettingsFile(file, settings);
            output.WriteLine($"Settings written to {Path.GetFullPath(file)} (pac solution import --settings-file).");
        }

        if (options.PacConfigFile is string pacConfig)
        {
            SettingsWriter.ToPacConfig(pacConfig, options.Environment!, settings);
            output.WriteLine($"Settings written to environment '{options.Environment}' of {Path.GetFullPath(pacConfig)}.");
        }
    }
}
