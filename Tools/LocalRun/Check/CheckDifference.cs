namespace DualWrite.LocalRun.Check;

/// <summary>
/// One way Finance's state and Dataverse's disagree: the record (or Finance row, or bookkeeping row) concerned, the
/// map, the field when a value differs, and both values as JSON text.
/// </summary>
public sealed record CheckDifference(string Subject, string Map, string Problem, string? Field = null, string? Expected = null, string? Actual = null)
{
    public override string ToString() =>
        Field is null
            ? $"{Subject} (map {Map}): {Problem}"
            : $"{Subject} (map {Map}): {Problem}: field {Field} is {Expected} from Dataverse but {Actual} in Finance";
}
