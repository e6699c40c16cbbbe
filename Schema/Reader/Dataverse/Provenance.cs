using System;

namespace DualWrite.Schema.Dataverse;

/// <summary>
/// Where a recorded name comes from: a public source ("KEY owner/repo path"), or no source, with the reason the name
/// was chosen (<see cref="Unconfirmed"/>). A name without its own provenance carries its table's.
/// </summary>
public sealed class Provenance
{
    private Provenance(string? source, string? unconfirmed, bool inherited)
    {
        Source = source;
        Unconfirmed = unconfirmed;
        IsInherited = inherited;
    }

    /// <summary>The public source that shows the name, or null when it is unconfirmed.</summary>
    public string? Source { get; }

    /// <summary>Why an unconfirmed name was chosen; null when a source confirms it.</summary>
    public string? Unconfirmed { get; }

    public bool IsConfirmed => Source is not null;

    /// <summary>True when the name carries no provenance of its own and stands on its table's (or column's).</summary>
    public bool IsInherited { get; }

    public static Provenance FromSource(string source) =>
        new(string.IsNullOrWhiteSpace(source) ? throw new ArgumentException("A source cannot be empty.", nameof(source)) : source, null, false);

    public static Provenance FromUnconfirmed(string reason) =>
        new(null, string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("An unconfirmed name needs its reason.", nameof(reason)) : reason, false);

    /// <summary>The same provenance, marked as inherited by a name that has none of its own.</summary>
    public Provenance Inherited() => new(Source, Unconfirmed, true);

    public override string ToString() => Source ?? "Unconfirmed: " + Unconfirmed;
}
