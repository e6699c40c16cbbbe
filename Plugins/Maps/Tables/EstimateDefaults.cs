using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>What the estimate maps send where Dataverse has no column: the forecast model Finance files estimates under.</summary>
internal static class EstimateDefaults
{
    /// <summary>Finance's forecast model for Project Operations estimates, set up per legal entity; "PO" by default.</summary>
    public static SourceValue ForecastModel { get; } = Source.Constant("PO");
}
