namespace Microsoft.Xrm.Sdk;

/// <summary>The requests an ExecuteMultiple runs, in order.</summary>
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
