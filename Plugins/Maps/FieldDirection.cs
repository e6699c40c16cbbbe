namespace DualWrite.Plugins.Maps;

/// <summary>Which way a field travels, as dual-write's mapping marks it: '&lt;' Dataverse to Finance, '&gt;' Finance to Dataverse.</summary>
public enum FieldDirection
{
    /// <summary>Sent to Finance; a change to its source columns triggers the sync.</summary>
    ToFinance,

    /// <summary>Written back by Finance (inbound); never sent and never a trigger.</summary>
    FromFinance,
}
