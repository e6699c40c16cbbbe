using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.Plugins.Finance;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// Makes the emulator fail the given share of data requests, per entity set and on $batch: 80 % of them throttled
/// (429 with Retry-After 0), 10 % 503, 10 % dropped connections. The client waits out a 503 or a lost connection
/// with its back-off (a quarter to half a second at first, more after that), so throttling, which it retries at
/// once, is the bulk that keeps a faulty run fast. Each scope's rules draw from their own seeded sequences, so a
/// seed repeats a run.
/// </summary>
public static class FaultPlan
{
    private const double ThrottleShare = 0.8;
    private const double ServerErrorShare = 0.1;
    private const double DropShare = 0.1;

    /// <summary>
    /// A seed per rule, scrambled (SplitMix64's finalizer): System.Random's sequences from neighbouring seeds start
    /// alike, which would make one scope's rules hit the same requests.
    /// </summary>
    public static int RuleSeed(int seed, int scope, int rule)
    {
        ulong value = unchecked(((ulong)(uint)seed << 32) | (uint)((scope * 3) + rule));
        value = unchecked((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL);
        value = unchecked((value ^ (value >> 27)) * 0x94D049BB133111EBUL);
        return (int)((value ^ (value >> 31)) & int.MaxValue);
    }

    public static void Apply(FaultInjector faults, double rate, int seed)
    {
        if (rate <= 0)
        {
            return;
        }

        IEnumerable<string> scopes = FinanceEntityCatalog.All.Select(e => e.EntitySetName).Distinct().Order().Append(FaultInjector.BatchScope);
        int scopeNumber = 0;
        foreach (string scope in scopes)
        {
            // The emulator applies the first rule that hits; these rates make the three together hit exactly 'rate'
            // of the requests, in the shares above.
            double throttle = rate * ThrottleShare;
            double serverError = rate * ServerErrorShare / (1 - throttle);
            double drop = Math.Min(1, rate * DropShare / ((1 - throttle) * (1 - serverError)));
            faults.Add(scope, Fault.Throttle(retryAfterSeconds: 0), FaultTrigger.Rate(throttle, RuleSeed(seed, scopeNumber, 0)));
            faults.Add(scope, Fault.ServerError(503), FaultTrigger.Rate(serverError, RuleSeed(seed, scopeNumber, 1)));
            faults.Add(scope, Fault.DropConnection(), FaultTrigger.Rate(drop, RuleSeed(seed, scopeNumber, 2)));
            scopeNumber++;
        }
    }
}
