namespace Microsoft.Xrm.Sdk;

/// <summary>The display text of column values (option labels, formatted money, lookup names) by logical name.</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
