using System;
using System.IO;
using System.Linq;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Finance;

/// <summary>The sandbox code never relaxes TLS: only tests reach the emulator's self-signed certificate.</summary>
public sealed class PluginsSourceTests
{
    private static readonly string[] s_validationHooks =
    [
        "ServerCertificateCustomValidationCallback",
        "RemoteCertificateValidationCallback",
        "ServerCertificateValidationCallback",
        "DangerousAcceptAnyServerCertificateValidator",
        "CheckCertificateRevocationList",
        "SslOptions",
    ];

    [Fact]
    public void NoPluginCodeTouchesCertificateValidation()
    {
        string plugins = Path.Combine(RepositoryPaths.Root, "Plugins");
        string[] sources = Directory.GetFiles(plugins, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(sources);
        Assert.Empty(sources.SelectMany(f => s_validationHooks.Where(File.ReadAllText(f).Contains).Select(h => $"{Path.GetFileName(f)}: {h}")));
    }
}
