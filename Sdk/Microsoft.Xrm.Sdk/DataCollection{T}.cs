using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list the SDK hands out (query orders, conditions, entities); only the SDK creates one, as in the official assembly.</summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    // Copies the items, so a fixed-size source (an array) still gives a collection one can add to.
    internal DataCollection(IList<T> list)
        : base(new List<T>(list ?? throw new ArgumentNullException(nameof(list))))
    {
    }

    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        foreach (T item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray() => this.ToArray<T>();
}
