namespace DualWrite.Plugins.Identity;

/// <summary>
/// Gives a bearer token for a scope (Finance's is "&lt;finance url&gt;/.default"). Implementations keep tokens
/// cached across executions where they can, and never put a token or a secret in a message or a trace.
/// </summary>
public interface ITokenProvider
{
    /// <exception cref="TokenAcquisitionException">No token could be had; the message says why, without secrets.</exception>
    string AcquireToken(string scope);
}
