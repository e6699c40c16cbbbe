using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using DualWrite.DataverseMetadataServer;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.FitCheck;
using DualWrite.FitCheck.Options;
using DualWrite.LocalRun.Environment;
using DualWrite.Schema.Dataverse;
using DualWrite.Schema.Finance;

namespace DualWrite.Tests.FitCheck;

/// <summary>
/// A customer's pair of environments on loopback: the Finance emulator serving a Finance snapshot (the recorded one
/// or a named variant of it) and the Dataverse metadata server serving a table snapshot, both over real HTTPS with
/// their own token endpoints and the same app registration, and a temporary folder for the reports and settings.
/// The fit check runs in process through real MSAL with an HTTP handler that trusts exactly the two certificates.
/// </summary>
internal sealed class FitCheckWorld : IDisposable
{
    private readonly HttpMessageHandler _handler;

    public FitCheckWorld(FinanceSnapshot? finance = null, DataverseSnapshot? dataverse = null)
    {
        Finance = LocalFinance.Start(options => options.ServeSnapshot(finance ?? FinanceSnapshot.Load()));
        Dataverse = DataverseMetadataHost.Start(new DataverseMetadataOptions { Tables = dataverse });
        Dataverse.Clients.AddSecret(Finance.ClientId, Finance.ClientSecret);
        _handler = LoopbackHttps.TrustingHandler(Finance.Host.Certificate, Dataverse.Certificate);
        Folder = Directory.CreateTempSubdirectory("dualwrite-fitcheck-").FullName;
    }

    public LocalFinance Finance { get; }

    public DataverseMetadataHost Dataverse { get; }

    public string Folder { get; }

    public string ReportPath => Path.Combine(Folder, "report.md");

    public string Output { get; private set; } = "";

    /// <summary>The options that read both environments live and sign in with the app's client secret.</summary>
    public string[] LiveArguments(params string[] more) =>
    [
        "--finance-url", Finance.Host.BaseUrl.AbsoluteUri,
        "--dataverse-url", Dataverse.BaseUrl.AbsoluteUri,
        "--tenant", Finance.TenantId,
        "--client-id", Finance.ClientId,
        "--authority-host", Finance.Host.BaseUrl.AbsoluteUri,
        "--dataverse-authority-host", Dataverse.BaseUrl.AbsoluteUri,
        "--report", ReportPath,
        .. more,
    ];

    public int Run(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        environment ??= new Dictionary<string, string> { [FitCheckHelp.ClientSecretVariable] = Finance.ClientSecret };
        using var output = new StringWriter();
        int exitCode = FitCheckCommand.Run(args, output, name => environment.TryGetValue(name, out string? value) ? value : null, _handler);
        Output = output.ToString();
        return exitCode;
    }

    public string Report => File.ReadAllText(ReportPath);

    public void Dispose()
    {
        _handler.Dispose();
        Finance.Dispose();
        Dataverse.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
