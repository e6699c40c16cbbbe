using System;
using System.Collections.Generic;

namespace DualWrite.FinanceEmulator.Faults;

/// <summary>Which requests of a scope a fault hits: chosen request numbers (1 = the first after the rule was added), or a rate.</summary>
public sealed class FaultTrigger
{
    private readonly Func<int, bool> _hits;
    private readonly string _description;

    private FaultTrigger(Func<int, bool> hits, string description)
    {
        _hits = hits;
        _description = description;
    }

    public static FaultTrigger Requests(params int[] numbers)
    {
        var chosen = new HashSet<int>(numbers);
        return new FaultTrigger(chosen.Contains, "requests " + string.Join(", ", numbers));
    }

    public static FaultTrigger First(int count) => new(n => n <= count, $"the first {count} requests");

    public static FaultTrigger Always() => new(_ => true, "every request");

    /// <summary>Each request with this probability, from a seeded sequence so that a run can be repeated.</summary>
    public static FaultTrigger Rate(double probability, int seed)
    {
        if (probability is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A rate is between 0 and 1.");
        }

        var random = new Random(seed);
        var gate = new object();
        return new FaultTrigger(_ => { lock (gate) { return random.NextDouble() < probability; } }, $"{probability:P0} of requests (seed {seed})");
    }

    internal bool Hits(int requestNumber) => _hits(requestNumber);

    public override string ToString() => _description;
}
