using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.FinanceEmulator.Faults;

/// <summary>
/// The faults a test programs, per scope: an entity set's name (its requests, by key or not), "$batch",
/// "$metadata" or "$token" (the token endpoint).
/// </summary>
public sealed class FaultInjector
{
    public const string BatchScope = "$batch";
    public const string MetadataScope = "$metadata";
    public const string TokenScope = "$token";

    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];

    public void Add(string scope, Fault fault, FaultTrigger trigger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(trigger);
        lock (_gate)
        {
            _rules.Add(new FaultRule(scope, fault, trigger));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The faults this request meets: every rule of its scope counts it, in the order they were added.</summary>
    internal IReadOnlyList<Fault> For(string scope)
    {
        FaultRule[] rules;
        lock (_gate)
        {
            rules = _rules.Where(r => string.Equals(r.Scope, scope, StringComparison.Ordinal)).ToArray();
        }

        return rules.Where(r => r.Hits()).Select(r => r.Fault).ToArray();
    }
}
