namespace DualWrite.Plugins.Sync;

/// <summary>What an initial-sync batch did with one claimed row's record, for the message the row keeps.</summary>
internal sealed class InitialSyncTally
{
    /// <summary>Maps whose rows Finance created in the batch.</summary>
    public int Sent { get; set; }

    /// <summary>Maps whose payload Finance had accepted already, or that send nothing.</summary>
    public int Unchanged { get; set; }

    /// <summary>Maps queued as outbox rows of their own (waiting for a parent, known to Finance, refused, or the batch failed).</summary>
    public int Queued { get; set; }

    /// <summary>Maps that are off (dw_SyncModes): the record is not sent under them.</summary>
    public int Off { get; set; }

    /// <summary>Finance's words when it refused the record's change set or the whole request failed.</summary>
    public string? Problem { get; set; }

    public string Describe(int rows, string table)
    {
        string text = $"Delivered in an initial-sync batch of {rows} {table} row(s): {Sent} map(s) created in Finance, {Unchanged} unchanged, {Queued} queued to be delivered on their own."
            + (Off == 0 ? "" : $" {Off} map(s) off: not sent.")
            + (Problem is null ? "" : " " + Problem);
        return text.Length > 10000 ? text.Substring(0, 10000) : text;
    }
}
