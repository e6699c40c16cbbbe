using System;

namespace DualWrite.FitCheck.Options;

/// <summary>What the fit check is asked to do; <see cref="FitCheckOptionsParser"/> reads it from the command line.</summary>
public sealed record FitCheckOptions
{
    /// <summary>Finance's root, read live; null when read from files.</summary>
    public Uri? FinanceUrl { get; init; }

    /// <summary>A saved /data/$metadata and /Metadata/DataEntities answer.</summary>
    public string? FinanceMetadataFile { get; init; }

    public string? FinanceEntitiesFile { get; init; }

    /// <summary>Dataverse's root (https://org.crm.dynamics.com), read live; null when read from a file.</summary>
    public Uri? DataverseUrl { get; init; }

    /// <summary>Saved EntityDefinitions answers (as --save-metadata writes them).</summary>
    public string? DataverseMetadataFile { get; init; }

    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    /// <summary>Microsoft Entra ID's host for Finance tokens (the plug-ins' dw_AuthorityHost); null for the public cloud.</summary>
    public Uri? AuthorityHost { get; init; }

    /// <summary>The host Dataverse tokens come from; null for <see cref="AuthorityHost"/>.</summary>
    public Uri? DataverseAuthorityHost { get; init; }

    /// <summary>A .pfx the app registration signs in with (password from the environment); null for a client secret.</summary>
    public string? CertificateFile { get; init; }

    /// <summary>Where what was read live is saved, to check again later from files.</summary>
    public string? SaveMetadataFolder { get; init; }

    /// <summary>The Markdown report; null for artifacts/fitcheck/report.md.</summary>
    public string? ReportPath { get; init; }

    /// <summary>A deployment settings file (pac solution import --settings-file) to write the derived settings into.</summary>
    public string? SettingsFile { get; init; }

    /// <summary>pac.config to write the derived settings into, in <see cref="Environment"/>.</summary>
    public string? PacConfigFile { get; init; }

    public string? Environment { get; init; }

    public bool ShowHelp { get; init; }
}
