namespace Microsoft.Xrm.Sdk;

/// <summary>The XML namespaces the platform's data contracts serialize in.</summary>
internal static class XrmNamespaces
{
    public const string Contracts = "http://schemas.microsoft.com/xrm/2011/Contracts";
}
