using System.Threading;

namespace DualWrite.FinanceEmulator.Faults;

/// <summary>A fault for one scope and the count of that scope's requests it has seen.</summary>
internal sealed class FaultRule
{
    private int _seen;

    public FaultRule(string scope, Fault fault, FaultTrigger trigger)
    {
        Scope = scope;
        Fault = fault;
        Trigger = trigger;
    }

    public string Scope { get; }

    public Fault Fault { get; }

    public FaultTrigger Trigger { get; }

    public bool Hits() => Trigger.Hits(Interlocked.Increment(ref _seen));
}
