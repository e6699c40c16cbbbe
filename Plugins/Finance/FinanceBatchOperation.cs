using System;
using System.Collections.Generic;

namespace DualWrite.Plugins.Finance;

/// <summary>One write inside a change set: create a row, update one by key, or delete one by key.</summary>
public sealed class FinanceBatchOperation
{
    private FinanceBatchOperation(string method, string entitySet, FinanceKey? key, IReadOnlyDictionary<string, object?>? fields)
    {
        if (string.IsNullOrWhiteSpace(entitySet))
        {
            throw new ArgumentException("A change set operation needs an entity set.", nameof(entitySet));
        }

        Method = method;
        EntitySet = entitySet;
        Key = key;
        Fields = fields;
    }

    public string Method { get; }

    public string EntitySet { get; }

    public FinanceKey? Key { get; }

    /// <summary>The JSON body's fields; null for a delete.</summary>
    public IReadOnlyDictionary<string, object?>? Fields { get; }

    public static FinanceBatchOperation Create(string entitySet, IReadOnlyDictionary<string, object?> row) =>
        new("POST", entitySet, null, row ?? throw new ArgumentNullException(nameof(row)));

    public static FinanceBatchOperation Update(string entitySet, FinanceKey key, IReadOnlyDictionary<string, object?> changes) =>
        new("PATCH", entitySet, key ?? throw new ArgumentNullException(nameof(key)), changes ?? throw new ArgumentNullException(nameof(changes)));

    public static FinanceBatchOperation Delete(string entitySet, FinanceKey key) =>
        new("DELETE", entitySet, key ?? throw new ArgumentNullException(nameof(key)), null);

    public override string ToString() => $"{Method} {EntitySet}{Key}";
}
