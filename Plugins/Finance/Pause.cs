using System;
using System.Collections.Concurrent;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The wait before a retry: a plain blocking wait on the calling execution, made as a timed take from a
/// collection nobody adds to. Nothing runs in the background and nothing is left behind.
/// </summary>
internal static class Pause
{
    public static void For(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        using var never = new BlockingCollection<byte>();
        never.TryTake(out _, duration);
    }
}
