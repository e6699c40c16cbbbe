using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.FitCheck.Options;

/// <summary>
/// Reads the fit check's command line (options in FitCheckHelp); values follow their option as the next argument or
/// after '='. Finance is read live (--finance-url) or from two files, Dataverse live (--dataverse-url) or from one;
/// anything else, and a combination that cannot work, is refused naming the option.
/// </summary>
public static class FitCheckOptionsParser
{
    private static readonly Dictionary<string, Func<FitCheckOptions, string, FitCheckOptions>> s_options = new(StringComparer.Ordinal)
    {
        ["--finance-url"] = (o, v) => o with { FinanceUrl = Https("--finance-url", v) },
        ["--finance-metadata"] = (o, v) => o with { FinanceMetadataFile = v },
        ["--finance-entities"] = (o, v) => o with { FinanceEntitiesFile = v },
        ["--dataverse-url"] = (o, v) => o with { DataverseUrl = Https("--dataverse-url", v) },
        ["--dataverse-metadata"] = (o, v) => o with { DataverseMetadataFile = v },
        ["--tenant"] = (o, v) => o with { TenantId = v },
        ["--client-id"] = (o, v) => o with { ClientId = v },
        ["--authority-host"] = (o, v) => o with { AuthorityHost = Https("--authority-host", v) },
        ["--dataverse-authority-host"] = (o, v) => o with { DataverseAuthorityHost = Https("--dataverse-authority-host", v) },
        ["--certificate"] = (o, v) => o with { CertificateFile = v },
        ["--save-metadata"] = (o, v) => o with { SaveMetadataFolder = v },
        ["--report"] = (o, v) => o with { ReportPath = v },
        ["--settings-file"] = (o, v) => o with { SettingsFile = v },
        ["--pac-config"] = (o, v) => o with { PacConfigFile = v },
        ["--environment"] = (o, v) => o with { Environment = v },
    };

    public static FitCheckOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new FitCheckOptions();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is "--help" or "-h" or "-?")
            {
                options = options with { ShowHelp = true };
                continue;
            }

            int equals = args[i].IndexOf('=', StringComparison.Ordinal);
            string name = equals > 0 ? args[i][..equals] : args[i];
            if (!s_options.TryGetValue(name, out Func<FitCheckOptions, string, FitCheckOptions>? apply))
            {
                throw FitCheckException.BadInput($"Unknown option '{name}'. The options are {string.Join(", ", s_options.Keys)} and --help.");
            }

            if (!seen.Add(name))
            {
                throw FitCheckException.BadInput($"Option {name} is given twice.");
            }

            string? value = equals > 0 ? args[i][(equals + 1)..] : i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            options = apply(options, string.IsNullOrWhiteSpace(value) ? throw FitCheckException.BadInput($"Option {name} needs a value.") : value.Trim());
        }

        return options.ShowHelp ? options : Checked(options);
    }

    private static FitCheckOptions Checked(FitCheckOptions o)
    {
        bool financeFiles = o.FinanceMetadataFile is not null || o.FinanceEntitiesFile is not null;
        if ((o.FinanceUrl is null) == !financeFiles || (financeFiles && (o.FinanceMetadataFile is null || o.FinanceEntitiesFile is null)))
        {
            throw FitCheckException.BadInput("Give Finance either as --finance-url URL (read live) or as --finance-metadata FILE --finance-entities FILE (saved earlier), not both.");
        }

        if ((o.DataverseUrl is null) == (o.DataverseMetadataFile is null))
        {
            throw FitCheckException.BadInput("Give Dataverse either as --dataverse-url URL (read live) or as --dataverse-metadata FILE (saved earlier), not both.");
        }

        if ((o.PacConfigFile is null) != (o.Environment is null))
        {
            throw FitCheckException.BadInput("--pac-config and --environment go together: the settings are written into that environment of that pac.config.");
        }

        if (o.SaveMetadataFolder is not null && o.FinanceUrl is null && o.DataverseUrl is null)
        {
            throw FitCheckException.BadInput("--save-metadata saves what is read live; nothing is read live here.");
        }

        return o;
    }

    private static Uri Https(string option, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? url) && url.Scheme == Uri.UriSchemeHttps && url.AbsolutePath.TrimEnd('/').Length == 0
            ? new Uri(url.GetLeftPart(UriPartial.Authority))
            : throw FitCheckException.BadInput($"Option {option}: '{value}' is not an https URL with no path, such as https://contoso.operations.dynamics.com.");

    /// <summary>The options a command line may give, for the help text's check.</summary>
    public static IReadOnlyCollection<string> Names => s_options.Keys.ToArray();
}
