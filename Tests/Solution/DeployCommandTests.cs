using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DualWrite.Deploy;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>The deploy command: the pac commands for a pac.config environment, printed (dry run) or run.</summary>
public sealed class DeployCommandTests
{
    private const string InstallCommand = "dotnet tool install --global Microsoft.PowerApps.CLI.Tool";

    private static PacConfigFile.Environment DefaultEnvironment => PacConfigFile.Load().Environments.Single(e => e.Default);

    [Fact]
    public void TheDryRunPrintsThePacCommandsForTheDefaultEnvironment()
    {
        (int exit, string output, _) = Run(Options(dryRun: true), pacPath: null);

        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains($"pac auth create --name dualwrite-{DefaultEnvironment.Name} --environment {DefaultEnvironment.Url}", lines);
        string import = Assert.Single(lines, l => l.StartsWith("pac solution import ", StringComparison.Ordinal));
        Assert.Contains($"--path {BuiltSolution.ZipPath()} --environment {DefaultEnvironment.Url} --activate-plugins --publish-changes --settings-file ", import, StringComparison.Ordinal);
        Assert.Contains(InstallCommand, output, StringComparison.Ordinal); // no pac here, and the dry run says how to get it
    }

    [Fact]
    public void TheDryRunTargetsTheNamedEnvironment()
    {
        PacConfigFile.Environment named = PacConfigFile.Load().Environments.First(e => !e.Default);

        (_, string output, _) = Run(Options(dryRun: true, environment: named.Name.ToUpperInvariant()), pacPath: null);

        Assert.Contains($"pac auth create --name dualwrite-{named.Name} --environment {named.Url}", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DefaultEnvironment.Url + " ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEnvironmentIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Run(Options(dryRun: true, environment: "staging"), pacPath: null));

        Assert.Contains("'staging'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutPacItSaysHowToInstallIt()
    {
        (int exit, _, string error) = Run(Options(), pacPath: null);

        Assert.Equal(2, exit);
        Assert.Contains(InstallCommand, error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ItCreatesTheProfileWhenNoneExistsThenImportsWithActivationAndPublishing()
    {
        Skip.If(OperatingSystem.IsWindows(), "The stand-in pac is a shell script.");
        using var pac = new FakePac(selectSucceeds: false);

        (int exit, string output, _) = Run(Options(), pac.Path);

        Assert.Equal(0, exit);
        string settings = Path.Combine(RepositoryPaths.Root, "Solution", "obj", "deploy", DefaultEnvironment.Name + ".settings.json");
        Assert.Equal(
        [
            $"auth select --name dualwrite-{DefaultEnvironment.Name}",
            $"auth create --name dualwrite-{DefaultEnvironment.Name} --environment {DefaultEnvironment.Url}",
            $"solution import --path {BuiltSolution.ZipPath()} --environment {DefaultEnvironment.Url} --activate-plugins --publish-changes --settings-file {settings}",
        ],
            pac.Calls());
        Assert.Contains("> pac solution import", output, StringComparison.Ordinal);
        Assert.Contains("\"SchemaName\": \"dw_FinanceUrl\"", File.ReadAllText(settings), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ItReusesAnExistingProfile()
    {
        Skip.If(OperatingSystem.IsWindows(), "The stand-in pac is a shell script.");
        using var pac = new FakePac(selectSucceeds: true);

        Run(Options(), pac.Path);

        Assert.Equal(["auth select", "solution import"], pac.Calls().Select(c => string.Join(" ", c.Split(' ').Take(2))));
    }

    [SkippableFact]
    public void AServicePrincipalsSecretGoesToPacButIsNeverPrintedOrWritten()
    {
        Skip.If(OperatingSystem.IsWindows(), "The stand-in pac is a shell script.");
        const string secret = "s3cret-Value";
        using var pac = new FakePac(selectSucceeds: false);
        DeployOptions options = Options() with { Auth = AuthMode.ServicePrincipal, ApplicationId = "app-id", Tenant = "contoso.onmicrosoft.com" };

        (int exit, string output, string error) = Run(options, pac.Path, secret);
        (_, string dryRun, _) = Run(options with { DryRun = true }, pac.Path, secret);

        Assert.Equal(0, exit);
        Assert.Contains($"auth create --name dualwrite-{DefaultEnvironment.Name} --environment {DefaultEnvironment.Url} --applicationId app-id --tenant contoso.onmicrosoft.com --clientSecret {secret}", pac.Calls());
        Assert.Contains("--clientSecret ***", output, StringComparison.Ordinal);
        Assert.Contains("--clientSecret ***", dryRun, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, output + error + dryRun, StringComparison.Ordinal);
        Assert.DoesNotContain(
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Solution", "obj", "deploy")),
            f => File.ReadAllText(f).Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public void AServicePrincipalWithoutASecretIsRefused()
    {
        DeployOptions options = Options() with { Auth = AuthMode.ServicePrincipal, ApplicationId = "app-id", Tenant = "t" };

        (int exit, _, string error) = Run(options, pacPath: "/nonexistent/pac", secret: null);

        Assert.Equal(1, exit);
        Assert.Contains(DeployPlan.SecretVariable, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AVariableTheSolutionDoesNotDefineIsRefusedNamingTheEnvironment()
    {
        string root = Directory.CreateTempSubdirectory("dw-deploy-").FullName;
        try
        {
            File.WriteAllText(
                Path.Combine(root, "pac.config"),
                File.ReadAllText(PacConfigFile.Path).Replace("\"dw_FinanceUrl\"", "\"dw_FinanceUri\"", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidDataException>(() => new DeployCommand(root, TextWriter.Null, TextWriter.Null).Run(Options(dryRun: true), null, () => null));

            Assert.Contains($"'{DefaultEnvironment.Name}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("'dw_FinanceUri'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "--auth", "service-principal", "--tenant", "t" }, "--application-id")]
    [InlineData(new[] { "--environment" }, "--environment needs a value")]
    [InlineData(new[] { "--bogus" }, "Unknown argument '--bogus'")]
    public void BadArgumentsAreRefusedSayingWhy(string[] args, string message)
    {
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => DeployOptions.Parse(args)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandLineToolRunsTheDryRunFromTheRepository()
    {
        var start = new ProcessStartInfo(DotnetHost(), [RepositoryPaths.BuildOutput(Path.Combine("Tools", "Deploy"), "net10.0", "DualWrite.Deploy.dll"), "--dry-run", "--configuration", RepositoryPaths.Configuration])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output);
        Assert.Contains($"--environment {DefaultEnvironment.Url} --activate-plugins --publish-changes", output, StringComparison.Ordinal);
    }

    private static DeployOptions Options(bool dryRun = false, string? environment = null) =>
        new(environment, Managed: false, dryRun, AuthMode.Interactive, null, null, RepositoryPaths.Configuration);

    private static (int Exit, string Output, string Error) Run(DeployOptions options, string? pacPath, string? secret = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = new DeployCommand(RepositoryPaths.Root, output, error).Run(options, pacPath, () => secret);
        return (exit, output.ToString(), error.ToString());
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>A pac on disk that logs its arguments and fails 'auth select' unless a profile is to exist.</summary>
    private sealed class FakePac : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("dw-pac-").FullName;

        public FakePac(bool selectSucceeds)
        {
            Path = System.IO.Path.Combine(_directory, "pac");
            string log = System.IO.Path.Combine(_directory, "calls.log");
            File.WriteAllText(Path, $"#!/bin/sh\necho \"$*\" >> '{log}'\nif [ \"$1 $2\" = \"auth select\" ]; then exit {(selectSucceeds ? 0 : 1)}; fi\nexit 0\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public string Path { get; }

        public IReadOnlyList<string> Calls()
        {
            string log = System.IO.Path.Combine(_directory, "calls.log");
            return File.Exists(log) ? File.ReadAllLines(log) : [];
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
