using System;
using System.Diagnostics;

namespace DualWrite.Plugins.Finance;

/// <summary>The time one operation may still spend on Finance, counted from when it started.</summary>
internal sealed class OperationBudget
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public OperationBudget(TimeSpan total)
    {
        Total = total;
    }

    public TimeSpan Total { get; }

    public TimeSpan Remaining
    {
        get
        {
            TimeSpan left = Total - _clock.Elapsed;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Whether a wait of this length still leaves time for the request after it.</summary>
    public bool Allows(TimeSpan wait) => wait < Remaining;
}
