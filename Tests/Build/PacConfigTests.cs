using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Build;

/// <summary>pac.config is the deployment profile: it must hold what solution import needs and nothing secret.</summary>
public sealed partial class PacConfigTests
{
    [Fact]
    public void NamesTheSolutionAndItsPublisher()
    {
        PacConfigFile.SolutionSection solution = PacConfigFile.Load().Solution;

        // Dataverse unique names: letters, digits and underscores, starting with a letter.
        Assert.Matches(UniqueNamePattern(), solution.UniqueName);
        Assert.Matches(UniqueNamePattern(), solution.Publisher.UniqueName);
        Assert.False(string.IsNullOrWhiteSpace(solution.DisplayName));
        Assert.Equal("dw", solution.Publisher.Prefix);
        // Option value prefixes are 10000-99999 (the option values are prefix * 10000 + n).
        Assert.InRange(solution.Publisher.OptionValuePrefix, 10000, 99999);
        // Solution versions are major.minor.build.revision.
        Assert.True(Version.TryParse(solution.Version, out Version? version) && version.Revision >= 0, $"'{solution.Version}' is not a four-part version.");
    }

    [Fact]
    public void ListsEnvironmentsWithOneDefault()
    {
        PacConfigFile.Environment[] environments = PacConfigFile.Load().Environments;

        Assert.NotEmpty(environments);
        Assert.Single(environments, e => e.Default);
        Assert.Equal(environments.Length, environments.Select(e => e.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(environments, e => Assert.True(
            Uri.TryCreate(e.Url, UriKind.Absolute, out Uri? url) && url.Scheme == Uri.UriSchemeHttps && url.Host.EndsWith(".dynamics.com", StringComparison.OrdinalIgnoreCase),
            $"Environment '{e.Name}' has '{e.Url}', not an https Dataverse URL."));
    }

    [Fact]
    public void HoldsNoSecret()
    {
        string text = File.ReadAllText(PacConfigFile.Path);

        Assert.DoesNotMatch(SecretKeyPattern(), text);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex UniqueNamePattern();

    [GeneratedRegex("(?i)\"(client)?secret\"|\"password\"|\"certificate\"|\"thumbprint\"")]
    private static partial Regex SecretKeyPattern();
}
