using System;
using System.Threading;

namespace DualWrite.Plugins.Finance;

/// <summary>The wait before a retry: a plain blocking sleep of the calling execution, which the sandbox allows.</summary>
internal static class Pause
{
    public static void For(TimeSpan duration)
    {
        if (duration > TimeSpan.Zero)
        {
            Thread.Sleep(duration);
        }
    }
}
