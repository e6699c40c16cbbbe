namespace DualWrite.Benchmarks.Setup;

/// <summary>Which plug-in syncs an organization: the solution's shipping steps, or the naive plug-in written for comparison.</summary>
public enum Contender
{
    Ours,
    Naive,
}
