using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The dictionary behind attributes, parameters, images and the like. Like the official type it is not an
/// IDictionary: it only enumerates its pairs, and keys compare as the backing dictionary's comparer says
/// (ordinal for strings).
/// </summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private readonly IDictionary<TKey, TValue> _items;

    protected DataCollection()
    {
        _items = new Dictionary<TKey, TValue>();
    }

    // Wraps the given dictionary rather than copying it, so its comparer and contents are what the collection uses.
    protected DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection ?? throw new ArgumentNullException(nameof(collection));
    }

    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    public int Count => _items.Count;

    public ICollection<TKey> Keys => _items.Keys;

    public ICollection<TValue> Values => _items.Values;

    public virtual bool IsReadOnly => _items.IsReadOnly;

    public void Add(TKey key, TValue value)
    {
        _items.Add(key, value);
    }

    public void Add(KeyValuePair<TKey, TValue> item)
    {
        _items.Add(item.Key, item.Value);
    }

    public void AddRange(params KeyValuePair<TKey, TValue>[] items)
    {
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
    }

    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (KeyValuePair<TKey, TValue> item in items)
        {
            Add(item);
        }
    }

    public void Clear()
    {
        _items.Clear();
    }

    public bool Contains(TKey key) => _items.ContainsKey(key);

    // Both key and value must match.
    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    public bool Remove(TKey key) => _items.Remove(key);

    public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
    {
        _items.CopyTo(array, arrayIndex);
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
