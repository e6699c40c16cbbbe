using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a multi-select choice column.</summary>
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    public OptionSetValueCollection()
    {
    }

    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
