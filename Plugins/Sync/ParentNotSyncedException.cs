using System;

namespace DualWrite.Plugins.Sync;

/// <summary>A record's parent has not reached Finance: live mode fails the save, queued mode waits for the parent.</summary>
internal sealed class ParentNotSyncedException : Exception
{
    public ParentNotSyncedException(string message, MissingParent parent)
        : base(message)
    {
        Parent = parent;
    }

    public MissingParent Parent { get; }
}
