using System;

namespace DualWrite.FitCheck;

/// <summary>Why the fit check could not run to a verdict, with the exit code that says which kind of problem it is.</summary>
public sealed class FitCheckException : Exception
{
    public FitCheckException(int exitCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary><see cref="FitCheckExitCode.BadInput"/> or <see cref="FitCheckExitCode.Unreachable"/>.</summary>
    public int ExitCode { get; }

    public static FitCheckException BadInput(string message, Exception? inner = null) => new(FitCheckExitCode.BadInput, message, inner);

    public static FitCheckException Unreachable(string message, Exception? inner = null) => new(FitCheckExitCode.Unreachable, message, inner);
}
