namespace Microsoft.Xrm.Sdk;

/// <summary>The alternate-key columns and values that identify a record instead of its id.</summary>
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
