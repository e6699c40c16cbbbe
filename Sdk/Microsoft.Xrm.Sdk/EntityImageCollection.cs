using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The pre- or post-images registered on a step, by image alias.</summary>
public class EntityImageCollection : DataCollection<string, Entity>
{
    public EntityImageCollection()
    {
    }

    protected EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
