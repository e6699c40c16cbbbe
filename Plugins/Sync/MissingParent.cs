using System;

namespace DualWrite.Plugins.Sync;

/// <summary>A parent record that has not reached Finance yet, which a child must wait for.</summary>
internal sealed class MissingParent
{
    public MissingParent(string map, string table, Guid id)
    {
        Map = map;
        Table = table;
        Id = id;
    }

    public string Map { get; }

    public string Table { get; }

    public Guid Id { get; }

    /// <summary>How an outbox row names what it waits for: "map:id".</summary>
    public string WaitKey => WaitKeyOf(Map, Id);

    public static string WaitKeyOf(string map, Guid id) => map + ":" + id.ToString("D");

    public override string ToString() => $"{Table} {Id:D} (map '{Map}')";
}
