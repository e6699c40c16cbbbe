using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The records an Associate or Disassociate links or unlinks.</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
