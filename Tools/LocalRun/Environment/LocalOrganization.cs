using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Identity.Client;

namespace DualWrite.LocalRun.Environment;

/// <summary>
/// An in-memory Project Operations organization wired to a <see cref="LocalFinance"/> the way an administrator wires
/// a real one after importing the solution: the environment variables point at the emulator's URL, tenant and app,
/// and the host offers the plug-ins a transport and an MSAL client that trust the emulator's certificate. No step is
/// registered: the caller registers the zip's steps or the catalog's.
/// </summary>
public static class LocalOrganization
{
    /// <param name="syncModes">dw_SyncModes, e.g. <c>{"*":"queued"}</c>.</param>
    /// <param name="legalEntities">dw_LegalEntities, e.g. <c>["usmf","demf"]</c>.</param>
    /// <param name="more">Further dw_ variables, which win over the ones above.</param>
    public static InMemoryDataverse Create(LocalFinance finance, string syncModes = "{}", string legalEntities = "[]", IReadOnlyDictionary<string, string>? more = null)
    {
        ArgumentNullException.ThrowIfNull(finance);
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        dataverse.HostServices.Add<IFinanceTransport>(finance.Transport);
        dataverse.HostServices.Add<IMsalHttpClientFactory>(finance.MsalHttpClientFactory);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dw_FinanceUrl"] = finance.Host.BaseUrl.AbsoluteUri,
            ["dw_TenantId"] = finance.TenantId,
            ["dw_ClientId"] = finance.ClientId,
            ["dw_AuthorityHost"] = finance.Host.BaseUrl.AbsoluteUri,
            ["dw_SyncModes"] = syncModes,
            ["dw_LegalEntities"] = legalEntities,
            ["dw_RequestTimeoutSeconds"] = "10",
        };
        foreach (KeyValuePair<string, string> variable in more ?? new Dictionary<string, string>())
        {
            variables[variable.Key] = variable.Value;
        }

        SolutionEnvironmentVariables.Import(dataverse, variables);
        return dataverse;
    }
}
