using System;

namespace DualWrite.LocalRun.Options;

/// <summary>A command line the local run cannot follow; the message names the option at fault.</summary>
public sealed class OptionsException : Exception
{
    public OptionsException(string message)
        : base(message)
    {
    }

    public OptionsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
