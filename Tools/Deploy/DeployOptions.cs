using System;
using System.Collections.Generic;

namespace DualWrite.Deploy;

/// <summary>The deploy command's options, parsed from its arguments.</summary>
public sealed record DeployOptions(
    string? Environment,
    bool Managed,
    bool DryRun,
    AuthMode Auth,
    string? ApplicationId,
    string? Tenant,
    string Configuration)
{
    public const string Usage =
        "Usage: dotnet run --project Tools/Deploy -c Release -- [--environment <name>] [--managed] [--dry-run]\n" +
        "         [--auth interactive|device-code|service-principal|managed-identity] [--application-id <id>] [--tenant <id>]\n" +
        "         [--configuration Release|Debug]\n" +
        "Imports Solution/bin/<configuration>/<UniqueName>_<version>.zip into the pac.config environment (its default when\n" +
        "none is named). --dry-run prints the pac commands instead of running them. A service principal's secret is read\n" +
        "from the DW_DEPLOY_CLIENT_SECRET environment variable or asked for; it is never written or printed.";

    public static DeployOptions Parse(IReadOnlyList<string> args)
    {
        string? environment = null, applicationId = null, tenant = null;
        string configuration = "Release";
        bool managed = false, dryRun = false;
        AuthMode auth = AuthMode.Interactive;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--environment":
                    environment = Value(args, ref i);
                    break;
                case "--managed":
                    managed = true;
                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--auth":
                    auth = ParseAuth(Value(args, ref i));
                    break;
                case "--application-id":
                    applicationId = Value(args, ref i);
                    break;
                case "--tenant":
                    tenant = Value(args, ref i);
                    break;
                case "--configuration":
                    configuration = Value(args, ref i);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{arg}'.\n{Usage}");
            }
        }

        if (auth == AuthMode.ServicePrincipal && (applicationId is null || tenant is null))
        {
            throw new ArgumentException("--auth service-principal needs --application-id and --tenant.");
        }

        return new DeployOptions(environment, managed, dryRun, auth, applicationId, tenant, configuration);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[++i]
            : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");

    private static AuthMode ParseAuth(string value) => value switch
    {
        "interactive" => AuthMode.Interactive,
        "device-code" => AuthMode.DeviceCode,
        "service-principal" => AuthMode.ServicePrincipal,
        "managed-identity" => AuthMode.ManagedIdentity,
        _ => throw new ArgumentException($"--auth '{value}' is not one of interactive, device-code, service-principal, managed-identity."),
    };
}
