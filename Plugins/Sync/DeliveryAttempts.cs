namespace DualWrite.Plugins.Sync;

/// <summary>How often the outbox delivery tries a change before it leaves it Failed.</summary>
internal static class DeliveryAttempts
{
    /// <summary>The platform runs an asynchronous step four times when it asks for a retry (the first run and three retries).</summary>
    public const int Maximum = 4;
}
