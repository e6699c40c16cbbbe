using System.Collections.Generic;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.Deploy;

/// <summary>
/// The pac commands that import the solution into one environment: select (or, the first time, create) an auth
/// profile for it, then import with plug-in activation and publishing.
/// </summary>
public sealed class DeployPlan
{
    public const string SecretVariable = "DW_DEPLOY_CLIENT_SECRET";

    public DeployPlan(DeploymentEnvironment environment, DeployOptions options, string zipPath, string? settingsPath, string? clientSecret)
    {
        Environment = environment;
        ZipPath = zipPath;
        ProfileName = "dualwrite-" + environment.Name.ToLowerInvariant();
        SelectProfile = new PacCommand(["auth", "select", "--name", ProfileName]);
        CreateProfile = CreateProfileCommand(ProfileName, environment.Url, options, clientSecret);

        var import = new List<string> { "solution", "import", "--path", zipPath, "--environment", environment.Url, "--activate-plugins", "--publish-changes" };
        if (settingsPath is not null)
        {
            import.AddRange(["--settings-file", settingsPath]);
        }

        Import = new PacCommand(import);
    }

    public DeploymentEnvironment Environment { get; }

    public string ZipPath { get; }

    /// <summary>The pac auth profile this environment's deployments use.</summary>
    public string ProfileName { get; }

    public PacCommand SelectProfile { get; }

    public PacCommand CreateProfile { get; }

    public PacCommand Import { get; }

    private static PacCommand CreateProfileCommand(string profile, string url, DeployOptions options, string? clientSecret)
    {
        var args = new List<string> { "auth", "create", "--name", profile, "--environment", url };
        int secretIndex = -1;
        switch (options.Auth)
        {
            case AuthMode.DeviceCode:
                args.Add("--deviceCode");
                break;
            case AuthMode.ServicePrincipal:
                args.AddRange(["--applicationId", options.ApplicationId!, "--tenant", options.Tenant!, "--clientSecret"]);
                secretIndex = args.Count;
                args.Add(clientSecret ?? "");
                break;
            case AuthMode.ManagedIdentity:
                args.Add("--managedIdentity");
                break;
        }

        return new PacCommand(args, secretIndex);
    }
}
