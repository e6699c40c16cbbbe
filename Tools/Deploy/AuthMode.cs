namespace DualWrite.Deploy;

/// <summary>How pac signs in to the environment (pac auth create).</summary>
public enum AuthMode
{
    /// <summary>A browser sign-in as yourself (the default).</summary>
    Interactive,

    /// <summary>A device code to enter on another machine: for terminals without a browser.</summary>
    DeviceCode,

    /// <summary>An application user: --application-id and --tenant, the secret from DW_DEPLOY_CLIENT_SECRET or a prompt.</summary>
    ServicePrincipal,

    /// <summary>The managed identity of the machine running the deployment (a pipeline agent in Azure).</summary>
    ManagedIdentity,
}
