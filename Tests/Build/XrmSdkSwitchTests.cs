using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Build;

/// <summary>
/// -p:XrmSdk=Official builds the shipping net462 assemblies against Microsoft's NuGet packages, Compat (the
/// default) against Sdk/. The packages cannot be restored here, so this checks what MSBuild resolves to.
/// </summary>
public sealed partial class XrmSdkSwitchTests
{
    [Theory]
    [InlineData("Plugins/DualWrite.Plugins.csproj", new[] { "Microsoft.CrmSdk.CoreAssemblies" })]
    [InlineData("WorkflowActivities/DualWrite.WorkflowActivities.csproj", new[] { "Microsoft.CrmSdk.CoreAssemblies", "Microsoft.CrmSdk.Workflow" })]
    public void OfficialBuildsTheNet462AssemblyAgainstTheNuGetPackages(string project, string[] packages)
    {
        MsBuildEvaluation.Result result = Evaluate(project, "Official", "net462");

        Assert.Equal(packages.Order(), result.Items["PackageReference"].Where(p => p.StartsWith("Microsoft.CrmSdk.", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(result.Items.GetValueOrDefault("ProjectReference", []), r => r.Contains("/Sdk/Microsoft.Xrm.Sdk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Compat", "net462")]
    [InlineData("Compat", "net10.0")]
    [InlineData("Official", "net10.0")]
    public void OtherwiseTheStandInIsUsed(string choice, string targetFramework)
    {
        MsBuildEvaluation.Result result = Evaluate("WorkflowActivities/DualWrite.WorkflowActivities.csproj", choice, targetFramework);

        Assert.DoesNotContain(result.Items.GetValueOrDefault("PackageReference", []), p => p.StartsWith("Microsoft.CrmSdk.", StringComparison.Ordinal));
        Assert.Contains(result.Items["ProjectReference"], r => r.EndsWith("Sdk/Microsoft.Xrm.Sdk/Microsoft.Xrm.Sdk.csproj", StringComparison.Ordinal));
        Assert.Contains(result.Items["ProjectReference"], r => r.EndsWith("Sdk/Microsoft.Xrm.Sdk.Workflow/Microsoft.Xrm.Sdk.Workflow.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownChoiceFailsTheBuildNamingTheSetting()
    {
        var properties = new Dictionary<string, string> { ["XrmSdk"] = "Latest" };

        MsBuildEvaluation.Result result = MsBuildEvaluation.RunTarget("Plugins/DualWrite.Plugins.csproj", properties, "CheckXrmSdkChoice");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("The build property XrmSdk is 'Latest'; it must be Compat (the Sdk/ stand-in) or Official", result.Output);
    }

    [Fact]
    public void NoShippingCodeBranchesOnTheSdkChoice()
    {
        string[] folders = ["Plugins", "WorkflowActivities", "Common"];
        string[] offenders = folders
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, f), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => SdkConditional().IsMatch(File.ReadAllText(f)))
            .ToArray();

        Assert.Empty(offenders);
    }

    private static MsBuildEvaluation.Result Evaluate(string project, string choice, string targetFramework)
    {
        var properties = new Dictionary<string, string> { ["XrmSdk"] = choice, ["TargetFramework"] = targetFramework };
        MsBuildEvaluation.Result result = MsBuildEvaluation.Evaluate(project, properties, "PackageReference", "ProjectReference");
        Assert.True(result.ExitCode == 0, result.Output);
        return result;
    }

    [GeneratedRegex(@"(?im)^\s*#\s*(if|elif)\b.*(xrm|sdk|official|compat)")]
    private static partial Regex SdkConditional();
}
