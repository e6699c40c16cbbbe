using System;
using System.Diagnostics;
using System.IO;
using DualWrite.SolutionPacker;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.Deploy;

/// <summary>
/// Imports the built solution into a pac.config environment with pac, or (dry run) prints the exact commands.
/// Exit codes: 0 done, 1 bad input (configuration, missing zip or secret), 2 pac missing, else pac's own.
/// </summary>
public sealed class DeployCommand(string repositoryRoot, TextWriter output, TextWriter error)
{
    public int Run(DeployOptions options, string? pacPath, Func<string?> readSecret)
    {
        PacConfig config = PacConfig.Load(Path.Combine(repositoryRoot, "pac.config"));
        DeploymentEnvironment environment = config.Environment(options.Environment);
        string zip = new ShippedBuild(repositoryRoot, options.Configuration).SolutionZip(config.Solution, options.Managed);
        string? settings = WriteSettings(environment, config.Path);

        if (options.DryRun)
        {
            var plan = new DeployPlan(environment, options, zip, settings, clientSecret: null);
            output.WriteLine($"# Deploy {config.Solution.UniqueName} {config.Solution.Version} to '{environment.Name}' ({environment.Url})");
            output.WriteLine($"# The profile is selected when it exists (pac {string.Join(" ", plan.SelectProfile.Arguments)}), created otherwise:");
            output.WriteLine(plan.CreateProfile);
            output.WriteLine(plan.Import);
            if (!File.Exists(zip))
            {
                output.WriteLine($"# {zip} is not built yet: dotnet build DualWrite.Plugins.sln -c {options.Configuration}");
            }

            if (pacPath is null)
            {
                output.WriteLine("# pac is not on the PATH. " + PacLocator.InstallHint);
            }

            return 0;
        }

        if (!File.Exists(zip))
        {
            error.WriteLine($"{zip} does not exist. Build it first: dotnet build DualWrite.Plugins.sln -c {options.Configuration}{(options.Managed ? " -p:SolutionPackageType=Managed" : "")}");
            return 1;
        }

        if (pacPath is null)
        {
            error.WriteLine("pac (the Power Platform CLI) is not on the PATH. " + PacLocator.InstallHint);
            return 2;
        }

        string? secret = null;
        if (options.Auth == AuthMode.ServicePrincipal)
        {
            secret = readSecret();
            if (string.IsNullOrEmpty(secret))
            {
                error.WriteLine($"--auth service-principal needs the client secret in {DeployPlan.SecretVariable} (or typed at the prompt).");
                return 1;
            }
        }

        var deploy = new DeployPlan(environment, options, zip, settings, secret);
        if (Execute(pacPath, deploy.SelectProfile) != 0)
        {
            int created = Execute(pacPath, deploy.CreateProfile);
            if (created != 0)
            {
                return created;
            }
        }

        return Execute(pacPath, deploy.Import);
    }

    /// <summary>Writes the deployment settings file under Solution/obj/deploy (not tracked), or returns null when there is none.</summary>
    private string? WriteSettings(DeploymentEnvironment environment, string pacConfigPath)
    {
        string? json = DeploymentSettingsFile.Json(environment, pacConfigPath);
        if (json is null)
        {
            return null;
        }

        string path = Path.Combine(repositoryRoot, "Solution", "obj", "deploy", environment.Name + ".settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    private int Execute(string pacPath, PacCommand command)
    {
        output.WriteLine("> " + command);
        var start = new ProcessStartInfo(pacPath) { UseShellExecute = false };
        foreach (string argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{pacPath} did not start.");
        process.WaitForExit();
        return process.ExitCode;
    }
}
