using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DualWrite.LocalRun.DataSet;

namespace DualWrite.LocalRun.Options;

/// <summary>
/// Reads the local run's command line: <c>--size small|default|large</c>, <c>--mode live|queued</c>,
/// <c>--faults 0..1</c>, <c>--seed N</c>, <c>--zip PATH</c>, <c>--report PATH</c>, <c>--help</c>; values follow
/// their option as the next argument or after '='. Anything else is refused, naming the option.
/// </summary>
public static class OptionsParser
{
    private static readonly string[] Names = ["--size", "--mode", "--faults", "--seed", "--zip", "--report", "--settings", "--finance-metadata", "--finance-entities"];

    public static LocalRunOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LocalRunOptions();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string argument = args[i];
            if (argument is "--help" or "-h" or "-?")
            {
                options = options with { ShowHelp = true };
                continue;
            }

            (string name, string? value) = Split(argument);
            if (!Names.Contains(name, StringComparer.Ordinal))
            {
                throw new OptionsException(argument.StartsWith('-')
                    ? $"Unknown option '{name}'. The options are {string.Join(", ", Names)} and --help."
                    : $"Unexpected argument '{argument}': the local run takes options only ({string.Join(", ", Names)}, --help).");
            }

            if (!seen.Add(name))
            {
                throw new OptionsException($"Option {name} is given twice.");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new OptionsException($"Option {name} needs a value: {Expected(name)}.");
                }

                value = args[++i];
            }

            options = Apply(options, name, value);
        }

        return (options.FinanceMetadataPath is null) == (options.FinanceEntitiesPath is null)
            ? options
            : throw new OptionsException("Options --finance-metadata and --finance-entities go together: a saved $metadata and its /Metadata/DataEntities answer.");
    }

    private static (string Name, string? Value) Split(string argument)
    {
        int equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (argument[..equals], argument[(equals + 1)..]) : (argument, null);
    }

    private static LocalRunOptions Apply(LocalRunOptions options, string name, string value)
    {
        string text = value.Trim();
        switch (name)
        {
            case "--size":
                try
                {
                    return options with { Size = DataSetSize.Parse(text) };
                }
                catch (ArgumentException e)
                {
                    throw new OptionsException($"Option {name}: '{value}' is not valid; it takes {Expected(name)}.", e);
                }

            case "--mode":
                return Enum.TryParse(text, ignoreCase: true, out RunMode mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _)
                    ? options with { Mode = mode }
                    : throw Invalid(name, value);
            case "--faults":
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate is >= 0 and <= 1
                    ? options with { FaultRate = rate }
                    : throw Invalid(name, value);
            case "--seed":
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed)
                    ? options with { Seed = seed }
                    : throw Invalid(name, value);
            case "--zip":
                return text.Length > 0 ? options with { ZipPath = text } : throw Invalid(name, value);
            case "--settings":
                return text.Length > 0 ? options with { SettingsPath = text } : throw Invalid(name, value);
            case "--finance-metadata":
                return text.Length > 0 ? options with { FinanceMetadataPath = text } : throw Invalid(name, value);
            case "--finance-entities":
                return text.Length > 0 ? options with { FinanceEntitiesPath = text } : throw Invalid(name, value);
            default:
                return text.Length > 0 ? options with { ReportPath = text } : throw Invalid(name, value);
        }
    }

    private static OptionsException Invalid(string name, string value) => new($"Option {name}: '{value}' is not valid; it takes {Expected(name)}.");

    private static string Expected(string name) => name switch
    {
        "--size" => string.Join(", ", DataSetSize.All.Select(s => s.Name)),
        "--mode" => "live or queued",
        "--faults" => "a rate between 0 and 1, such as 0.2",
        "--seed" => "a whole number",
        "--zip" => "the path of a solution zip",
        "--settings" => "the path of a deployment settings file",
        "--finance-metadata" => "the path of a saved Finance $metadata",
        "--finance-entities" => "the path of a saved /Metadata/DataEntities answer",
        _ => "the path of the HTML report to write",
    };
}
