using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DualWrite.FinanceEmulator.Variants;
using DualWrite.FitCheck;
using DualWrite.FitCheck.Options;
using DualWrite.Schema.Finance;
using Xunit;

namespace DualWrite.Tests.FitCheck;

/// <summary>Saved files instead of live reads, and the clear errors for what cannot be read.</summary>
public sealed class FitCheckInputTests
{
    [Fact]
    public void SavedFilesGiveTheSameVerdictAndSettingsAsTheLiveRead()
    {
        using var world = new FitCheckWorld(FinanceMetadataVariant.RemoveProperty(FinanceMetadataVariant.RenameEntitySet(FinanceSnapshot.Load(), "ProjCDSTasks", "TasksV2"), "ProjCDSProject", "Description"));
        string saved = Path.Combine(world.Folder, "saved");
        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments("--save-metadata", saved, "--settings-file", Path.Combine(world.Folder, "live.json"))));
        string live = world.Report;
        Assert.Equal(new[] { "dataverse-metadata.json", "finance-entities.json", "finance-metadata.xml" }, Directory.GetFiles(saved).Select(f => Path.GetFileName(f)!).Order().ToArray());

        string fromFiles = Path.Combine(world.Folder, "files.md");
        int exitCode = world.Run(
        [
            "--finance-metadata", Path.Combine(saved, "finance-metadata.xml"), "--finance-entities", Path.Combine(saved, "finance-entities.json"),
            "--dataverse-metadata", Path.Combine(saved, "dataverse-metadata.json"), "--report", fromFiles, "--settings-file", Path.Combine(world.Folder, "files.json"),
        ], new Dictionary<string, string>());

        Assert.True(exitCode == FitCheckExitCode.DoesNotFit, world.Output);
        string files = File.ReadAllText(fromFiles);
        Assert.Contains("| msdyn_projects | ProjCDSProject.Description | no such property |", files);
        Assert.Contains("TasksV2 (default ProjCDSTasks)", files);
        Assert.Equal(Section(live, "## Maps"), Section(files, "## Maps"));
        Assert.Equal(Section(live, "## Mismatches"), Section(files, "## Mismatches"));
        Assert.Equal("""{"msdyn_projecttasks":"TasksV2"}""", Deploy.DeploymentSettingsFile.Read(Path.Combine(world.Folder, "files.json"))["dw_EntitySetOverrides"]);
    }

    [Fact]
    public void MetadataThatIsNotCsdlIsRefusedNamingTheFile()
    {
        using var world = new FitCheckWorld();
        string metadata = Path.Combine(world.Folder, "metadata.xml");
        File.WriteAllText(metadata, "<html><body>Sign in to your account</body></html>");
        string entities = Path.Combine(world.Folder, "entities.json");
        File.WriteAllText(entities, """{"value":[]}""");

        int exitCode = world.Run(["--finance-metadata", metadata, "--finance-entities", entities, "--dataverse-url", world.Dataverse.BaseUrl.AbsoluteUri,
            "--tenant", world.Finance.TenantId, "--client-id", world.Finance.ClientId, "--authority-host", world.Dataverse.BaseUrl.AbsoluteUri, "--report", world.ReportPath]);

        Assert.Equal(FitCheckExitCode.BadInput, exitCode);
        Assert.Contains($"error: {metadata} is not Finance's CSDL $metadata", world.Output);
    }

    [Fact]
    public void ACertificateSignsInToBothServicesThroughMsal()
    {
        using var world = new FitCheckWorld();
        using RSA key = RSA.Create(2048);
        using X509Certificate2 certificate = new CertificateRequest("CN=DualWrite fit check", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(System.DateTimeOffset.UtcNow.AddMinutes(-5), System.DateTimeOffset.UtcNow.AddDays(1));
        string clientId = System.Guid.NewGuid().ToString();
        world.Finance.Host.Clients.AddCertificate(clientId, X509CertificateLoader.LoadCertificate(certificate.RawData));
        world.Dataverse.Clients.AddCertificate(clientId, X509CertificateLoader.LoadCertificate(certificate.RawData));
        string pfx = Path.Combine(world.Folder, "app.pfx");
        File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        string[] args = world.LiveArguments("--certificate", pfx);
        args[System.Array.IndexOf(args, "--client-id") + 1] = clientId;

        int exitCode = world.Run(args, new Dictionary<string, string> { [FitCheckHelp.CertificatePasswordVariable] = "pfx-password" });

        Assert.True(exitCode == FitCheckExitCode.Fits, world.Output);
        Assert.Contains(world.Finance.Host.Log.Entries, e => e.IsTokenRequest && e.Body.Contains("client_assertion=(redacted)", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AWrongSecretIsRefusedNamingTheAppRegistrationToCheck()
    {
        using var world = new FitCheckWorld();

        int exitCode = world.Run(world.LiveArguments(), new Dictionary<string, string> { [FitCheckHelp.ClientSecretVariable] = "not-the-secret" });

        Assert.Equal(FitCheckExitCode.Unreachable, exitCode);
        Assert.Contains($"Signing in to Finance failed. Check app registration (client id) {world.Finance.ClientId} in tenant {world.Finance.TenantId}", world.Output);
        Assert.Contains("invalid_client", world.Output);
    }

    [Fact]
    public void ATokenTheServiceRefusesGivesA401NamingWhereTheTokenCameFrom()
    {
        using var world = new FitCheckWorld();

        int exitCode = world.Run(world.LiveArguments(), new Dictionary<string, string>
        {
            [FitCheckHelp.FinanceTokenVariable] = "not-a-token",
            [FitCheckHelp.DataverseTokenVariable] = "not-a-token",
        });

        Assert.Equal(FitCheckExitCode.Unreachable, exitCode);
        Assert.Contains("Finance refused GET", world.Output);
        Assert.Contains("401 Unauthorized", world.Output);
        Assert.Contains($"Check the token in {FitCheckHelp.FinanceTokenVariable}", world.Output);
    }

    [Fact]
    public void AnUnreachableHostIsNamed()
    {
        using var world = new FitCheckWorld();
        string[] args = world.LiveArguments();
        args[1] = "https://127.0.0.1:1";

        Assert.Equal(FitCheckExitCode.Unreachable, world.Run(args, new Dictionary<string, string> { [FitCheckHelp.FinanceTokenVariable] = "t" }));
        Assert.Contains("Cannot reach Finance at https://127.0.0.1:1", world.Output);
    }

    [Theory]
    [InlineData("--finance-url https://a.example --finance-metadata m.xml --finance-entities e.json --dataverse-metadata d.json", "Give Finance either as --finance-url")]
    [InlineData("--finance-metadata m.xml --dataverse-metadata d.json", "Give Finance either as --finance-url")]
    [InlineData("--finance-url http://a.example --dataverse-metadata d.json", "Option --finance-url: 'http://a.example' is not an https URL")]
    [InlineData("--finance-url https://a.example --dataverse-metadata d.json --pac-config pac.config", "--pac-config and --environment go together")]
    [InlineData("--finance-url https://a.example --dataverse-metadata d.json --client-secret s", "Unknown option '--client-secret'")]
    public void BadOptionsAreRefusedNamingTheOption(string line, string expected)
    {
        using var output = new StringWriter();

        Assert.Equal(FitCheckExitCode.BadInput, FitCheckCommand.Run(line.Split(' '), output, _ => null));
        Assert.Contains(expected, output.ToString());
    }

    private static string Section(string report, string heading)
    {
        int start = report.IndexOf(heading, System.StringComparison.Ordinal);
        int end = report.IndexOf("\n## ", start + heading.Length, System.StringComparison.Ordinal);
        return report[start..(end < 0 ? report.Length : end)];
    }
}
