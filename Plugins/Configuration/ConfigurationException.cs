using System;

namespace DualWrite.Plugins.Configuration;

/// <summary>A setting is missing or malformed; the message names the environment variable or the step's secure configuration at fault.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }
}
