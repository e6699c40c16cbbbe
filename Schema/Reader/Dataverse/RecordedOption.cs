namespace DualWrite.Schema.Dataverse;

/// <summary>One value of a choice column (Picklist, MultiSelectPicklist, State, Status, Boolean) with its label.</summary>
public sealed class RecordedOption
{
    internal RecordedOption(int value, string label, int? state, int? defaultStatus, Provenance provenance)
    {
        Value = value;
        Label = label;
        State = state;
        DefaultStatus = defaultStatus;
        Provenance = provenance;
    }

    public int Value { get; }

    public string Label { get; }

    /// <summary>For a Status option, the statecode it belongs to.</summary>
    public int? State { get; }

    /// <summary>For a State option, the statuscode a row gets when it enters that state.</summary>
    public int? DefaultStatus { get; }

    public Provenance Provenance { get; }

    public override string ToString() => $"{Value} ({Label})";
}
