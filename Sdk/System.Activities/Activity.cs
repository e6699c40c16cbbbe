using System.Threading;

namespace System.Activities;

/// <summary>The base of every activity. Instances are cached by the host and shared, so they hold no run-time state.</summary>
public abstract class Activity
{
    private static int s_nextCacheId;

    private string? _displayName;

    protected Activity()
    {
    }

    public string DisplayName
    {
        get => _displayName ?? GetType().Name;
        set => _displayName = value;
    }

    /// <summary>The activity's id in its workflow tree: null until a host has prepared it ("1" for a root activity).</summary>
    public string? Id { get; private set; }

    protected int CacheId { get; private set; }

    protected virtual Func<Activity>? Implementation { get; set; }

    protected virtual Version? ImplementationVersion { get; set; }

    public bool ShouldSerializeDisplayName() => _displayName is not null && _displayName != GetType().Name;

    public override string ToString() => $"{Id}: {DisplayName}";

    /// <summary>Called once by the host when it first prepares this activity as the root of a run.</summary>
    internal void OnPreparedAsRoot()
    {
        Id = "1";
        CacheId = Interlocked.Increment(ref s_nextCacheId);
    }
}
