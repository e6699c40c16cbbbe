using System;
using System.Collections.Concurrent;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// A plain blocking wait on the calling execution: a timed take from a collection nobody adds to. Nothing runs
/// in the background and nothing is left behind.
/// </summary>
internal sealed class BlockingPause : IPause
{
    public static readonly BlockingPause Instance = new();

    public void For(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        using var never = new BlockingCollection<byte>();
        never.TryTake(out _, duration);
    }
}
