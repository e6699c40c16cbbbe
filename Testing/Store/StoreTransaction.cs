using System;
using System.Collections.Generic;

namespace DualWrite.Testing.Store;

/// <summary>
/// One database transaction: the first version of every row it touched (null for a row it created), so a
/// rollback puts every table back as it was, and the work it queues for after the commit.
/// </summary>
internal sealed class StoreTransaction
{
    private readonly Dictionary<(string Table, Guid Id), StoredRow?> _before = [];

    /// <summary>Runs after the commit, in order (the asynchronous steps the transaction triggered); dropped on rollback.</summary>
    public List<Action> AfterCommit { get; } = [];

    /// <summary>
    /// True once an operation inside the transaction failed: the platform aborts the transaction then, so a plug-in
    /// that swallows the fault and carries on cannot commit.
    /// </summary>
    public bool IsDoomed { get; private set; }

    public void Doom() => IsDoomed = true;

    public void Touch(string table, Guid id, StoredRow? current) => _before.TryAdd((table, id), current);

    public IEnumerable<KeyValuePair<(string Table, Guid Id), StoredRow?>> Touched => _before;
}
