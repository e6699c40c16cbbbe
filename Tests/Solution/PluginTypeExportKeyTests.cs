using DualWrite.SolutionPacker.Components;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>
/// The export key of a plug-in package's type, computed for the pairs real exports published: each row is a package
/// unique name, the package's assembly name and a type's full name (from the repository's own source), and the key the
/// platform wrote for that type in the export.
/// </summary>
public sealed class PluginTypeExportKeyTests
{
    [Theory]
    // joshsmithxrm/ppds-demo: solutions/PPDSDemo/src/SdkMessageProcessingSteps/{dc9dfbce-46da-f011-8543-000d3a3b9cba}.xml
    // (commit 404faa5, December 2025) and pluginpackages/ppds_PPDSDemo.PluginPackage/pluginpackage.xml; the type is
    // src/PluginPackages/PPDSDemo.PluginPackage/Plugin1.cs, assembly PPDSDemo.PluginPackage (its root component).
    [InlineData("ppds_PPDSDemo.PluginPackage", "PPDSDemo.PluginPackage", "PPDSDemo.PluginPackage.AccountAuditLogPlugin", "EF0D269A9BD12B5A453F8C3611E31C4CBED1AAD6E9D7A91CF5437008925F459E")]
    // microsoft/copilot-agentic-business-process: core/solution/export/customapis/<name>/customapi.xml (plugintypeexportkey)
    // and core/solution/export/pluginpackages/faf001_business-process-api/pluginpackage.xml; assembly business-process-api
    // (core/plugins/business-process-api/src/BusinessProcessApi/BusinessProcessApi.csproj), types in its Api/ folder.
    [InlineData("faf001_business-process-api", "business-process-api", "Faf001.BusinessProcessApi.Api.AssignTaskPlugin", "36BF03185A980565E4E8D7F6E5BA262F3F4F48E615FAB05FEFD0326F38E2027E")]
    [InlineData("faf001_business-process-api", "business-process-api", "Faf001.BusinessProcessApi.Api.CompleteTaskPlugin", "04C21BD7E94BFD2F91B806345868455697B504C8ED45D7E68CE7691861F5295F")]
    [InlineData("faf001_business-process-api", "business-process-api", "Faf001.BusinessProcessApi.Api.GetArtifactsPlugin", "51E5E608A1B02FE149EB69DE7A8C779E4F4B4D3345E2AD69A26D88ACD55FABC4")]
    [InlineData("faf001_business-process-api", "business-process-api", "Faf001.BusinessProcessApi.Api.GetTasksPagePlugin", "CEED33A08A2FFA0DD394727E14ED5CD6D69D107887A4B8A07C80BAF853B16F09")]
    [InlineData("faf001_business-process-api", "business-process-api", "Faf001.BusinessProcessApi.Api.StartTaskPlugin", "2ED2A7B2A85B9C90B826B9DED1DA53AB76F93E1174571FACFDADB4E4EA8E371E")]
    public void ReproducesTheKeyARealExportWroteForThePackagesType(string package, string assembly, string type, string exportedKey)
    {
        Assert.Equal(exportedKey, PluginTypeExportKey.For(package, assembly, type));
    }

    [Fact]
    public void ThePackageAndAssemblyAreCaseInsensitiveButTheTypeNameIsNot()
    {
        string key = PluginTypeExportKey.For("ppds_PPDSDemo.PluginPackage", "PPDSDemo.PluginPackage", "PPDSDemo.PluginPackage.AccountAuditLogPlugin");

        Assert.Equal(key, PluginTypeExportKey.For("PPDS_ppdsdemo.pluginpackage", "ppdsdemo.PLUGINPACKAGE", "PPDSDemo.PluginPackage.AccountAuditLogPlugin"));
        Assert.NotEqual(key, PluginTypeExportKey.For("ppds_PPDSDemo.PluginPackage", "PPDSDemo.PluginPackage", "ppdsdemo.pluginpackage.accountauditlogplugin"));
    }
}
