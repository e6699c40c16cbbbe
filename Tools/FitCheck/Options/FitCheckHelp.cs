namespace DualWrite.FitCheck.Options;

/// <summary>What --help prints.</summary>
public static class FitCheckHelp
{
    /// <summary>The environment variable a client secret is read from (never an option: a command line is logged and listed).</summary>
    public const string ClientSecretVariable = "DW_FITCHECK_CLIENT_SECRET";

    public const string CertificatePasswordVariable = "DW_FITCHECK_CERTIFICATE_PASSWORD";

    /// <summary>Bearer tokens used as given instead of signing in, per service.</summary>
    public const string FinanceTokenVariable = "DW_FINANCE_TOKEN";

    public const string DataverseTokenVariable = "DW_DATAVERSE_TOKEN";

    public const string Text = """
        DualWrite fit check: does every map fit this Finance and this Dataverse? Reads their metadata (live, or files
        saved earlier), resolves each map's Finance entity set through /Metadata/DataEntities, checks every map, prints
        a table, writes a Markdown report, and writes the settings that make it fit (never a secret).

        Usage: dotnet run --project Tools/FitCheck -c Release -- [options]

          Finance (one of):
            --finance-url URL                  read /data/$metadata and /Metadata/DataEntities live
            --finance-metadata FILE --finance-entities FILE   read them from saved files
          Dataverse (one of):
            --dataverse-url URL                read EntityDefinitions live, for the tables the maps touch only
            --dataverse-metadata FILE          read them from a saved file (as --save-metadata writes it)
          Sign-in (live only; the app registration the plug-ins use):
            --tenant ID --client-id ID         Microsoft Entra tenant and app (client) id
            --authority-host URL               sign-in host (default https://login.microsoftonline.com)
            --dataverse-authority-host URL     sign-in host for Dataverse (default: --authority-host)
            --certificate FILE.pfx             sign in with a certificate (password in DW_FITCHECK_CERTIFICATE_PASSWORD)
                                               else the client secret in DW_FITCHECK_CLIENT_SECRET;
                                               DW_FINANCE_TOKEN / DW_DATAVERSE_TOKEN, when set, are used as bearer tokens instead
          Output:
            --report FILE                      the Markdown report (default artifacts/fitcheck/report.md)
            --save-metadata DIR                save what was read live: finance-metadata.xml, finance-entities.json, dataverse-metadata.json
            --settings-file FILE               write the derived environment variable values as a deployment settings file
            --pac-config FILE --environment NAME   write them into that environment of pac.config
            --help                             this text

        Exit codes: 0 every map fits; 1 a map does not fit; 2 bad options or input (unreadable file, metadata that is
        not CSDL, a Dataverse without Project Operations); 3 a service unreachable or refusing the sign-in (401/403).
        """;
}
