namespace Microsoft.Xrm.Sdk;

/// <summary>An entity's column values by logical name; a value may be null (a cleared column).</summary>
public sealed class AttributeCollection : DataCollection<string, object?>
{
}
