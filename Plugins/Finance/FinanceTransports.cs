namespace DualWrite.Plugins.Finance;

/// <summary>The transport each target uses unless the caller supplies one.</summary>
public static class FinanceTransports
{
#if NET
    public static IFinanceTransport Default { get; } = new HttpClientFinanceTransport();
#else
    public static IFinanceTransport Default { get; } = new WebRequestFinanceTransport();
#endif
}
