using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>What RetrieveMultiple accepts: a QueryExpression, a QueryByAttribute (or a FetchExpression).</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
public abstract class QueryBase : IExtensibleDataObject
{
    protected QueryBase()
    {
    }

    public ExtensionDataObject? ExtensionData { get; set; }
}
