using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using DualWrite.Deploy;
using DualWrite.LocalRun.Options;
using DualWrite.Plugins.Configuration;
using DualWrite.Schema.Finance;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// The Finance a run serves (the recorded snapshot, or saved metadata of a customer's) and the dw_EntitySetOverrides a
/// settings file gives it, so that what the fit check resolved and wrote can be run end to end.
/// </summary>
public sealed class RunEnvironment
{
    private RunEnvironment(FinanceSnapshot finance, IReadOnlyDictionary<string, string> entitySetOverrides, IReadOnlyDictionary<string, string> variables)
    {
        Finance = finance;
        EntitySetOverrides = entitySetOverrides;
        Variables = variables;
    }

    public FinanceSnapshot Finance { get; }

    public IReadOnlyDictionary<string, string> EntitySetOverrides { get; }

    /// <summary>The environment variables the run sets beyond its own (dw_EntitySetOverrides when a settings file gives it).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <exception cref="OptionsException">A file that cannot be read, or is not what its option says.</exception>
    public static RunEnvironment Read(LocalRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            FinanceSnapshot finance = options.FinanceMetadataPath is string metadata
                ? FinanceSnapshot.FromService(File.ReadAllText(metadata), File.ReadAllText(options.FinanceEntitiesPath!))
                : FinanceSnapshot.Load();
            string name = EnvironmentVariableCatalog.EntitySetOverrides.SchemaName;
            if (options.SettingsPath is null || !DeploymentSettingsFile.Read(options.SettingsPath).TryGetValue(name, out string? overrides))
            {
                return new RunEnvironment(finance, new Dictionary<string, string>(), new Dictionary<string, string>());
            }

            Dictionary<string, string> sets = JsonSerializer.Deserialize<Dictionary<string, string>>(overrides)
                ?? throw new InvalidDataException($"{options.SettingsPath}: {name} is not a JSON object.");
            return new RunEnvironment(finance, sets, new Dictionary<string, string> { [name] = overrides });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException)
        {
            throw new OptionsException(e.Message, e);
        }
    }
}
