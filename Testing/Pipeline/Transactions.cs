using System;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Store;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// Runs work in the database transaction: joins the open one, or opens one, commits it when the work succeeds
/// (then runs what waited for the commit) and rolls every write back when it fails.
/// </summary>
internal static class Transactions
{
    public static T Run<T>(RecordStore store, Func<T> work)
    {
        if (store.Transaction is not null)
        {
            return work();
        }

        StoreTransaction transaction = store.Begin();
        T result;
        try
        {
            result = work();
            if (transaction.IsDoomed)
            {
                throw DataverseFault.TransactionAborted();
            }
        }
        catch
        {
            store.Rollback(transaction);
            throw;
        }

        store.Commit(transaction);
        foreach (Action afterCommit in transaction.AfterCommit)
        {
            afterCommit();
        }

        return result;
    }
}
