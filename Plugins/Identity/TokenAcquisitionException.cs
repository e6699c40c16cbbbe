using System;

namespace DualWrite.Plugins.Identity;

/// <summary>A token could not be acquired. The message names the identity and the scope, never a secret.</summary>
public sealed class TokenAcquisitionException : Exception
{
    public TokenAcquisitionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
