using System;

namespace DualWrite.LocalRun.Zip;

/// <summary>The solution zip cannot be run: missing, unreadable, or registering something the local build does not have.</summary>
public sealed class SolutionZipException : Exception
{
    public SolutionZipException(string message)
        : base(message)
    {
    }

    public SolutionZipException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
