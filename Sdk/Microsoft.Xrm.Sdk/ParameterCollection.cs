using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk;

/// <summary>Request parameters, response results, and the input, output and shared variables of a plug-in context.</summary>
public class ParameterCollection : DataCollection<string, object?>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object?> collection)
        : base(collection)
    {
    }

    /// <summary>True when the key is present and its value is a T (a null value counts when T accepts null).</summary>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        // base. matters: unqualified, overload resolution picks this generic method (T = object) and recurses.
        if (base.TryGetValue(key, out object? raw))
        {
            if (raw is T typed)
            {
                value = typed;
                return true;
            }

            if (raw is null && default(T) is null)
            {
                value = default!;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Sets the value, adding or replacing it, unless it is null (then the collection is left alone).</summary>
    public void AddOrUpdateIfNotNull(string key, object? obj)
    {
        if (obj is not null)
        {
            this[key] = obj;
        }
    }
}
