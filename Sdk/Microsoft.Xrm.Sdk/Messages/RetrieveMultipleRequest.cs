using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    public QueryBase? Query
    {
        get => Get<QueryBase>("Query");
        set => Parameters["Query"] = value;
    }
}
