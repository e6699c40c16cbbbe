namespace DualWrite.LocalRun.Options;

/// <summary>What --help prints.</summary>
public static class HelpText
{
    public const string Text = """
        DualWrite local run: the built solution zip's plug-in steps and workflow activities, registered from the zip,
        run in an in-memory Dataverse against a Finance emulator on loopback, on a generated Project Operations data set.
        It prints a summary per table, writes an HTML report, and checks that every record reached Finance exactly once.

        Usage: dotnet run --project Tools/LocalRun -c Release --no-build -- [options]

          --size small|default|large   data set size (default: default)
          --mode live|queued           live: every map syncs inside the save; queued: through the outbox (default: live)
          --faults RATE                share of Finance requests failed with 503, 429 or a dropped connection, 0 to 1 (default: 0)
          --seed N                     seeds the data set and the faults (default: 1)
          --zip PATH                   the solution zip (default: the one this build packed, Solution/bin/<Configuration>/)
          --report PATH                the HTML report (default: artifacts/localrun/report.html in the repository)
          --settings FILE              a deployment settings file (as the fit check writes it): its dw_EntitySetOverrides apply
          --finance-metadata FILE --finance-entities FILE
                                       the emulator serves this saved $metadata and /Metadata/DataEntities (default: Schema/Finance)
          --help                       this text

        Exit codes: 0 the check passed; 1 the check failed; 2 bad options or an unusable zip.
        """;
}
