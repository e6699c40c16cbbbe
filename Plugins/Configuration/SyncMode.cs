namespace DualWrite.Plugins.Configuration;

/// <summary>How a table map sends its changes (environment variable dw_SyncModes).</summary>
public enum SyncMode
{
    /// <summary>Synchronously inside the save, as dual-write does: when Finance refuses, the save fails.</summary>
    Live,

    /// <summary>Through the outbox after the save, with retries and replay.</summary>
    Queued,

    /// <summary>Not at all: the map is stopped.</summary>
    Off,
}
