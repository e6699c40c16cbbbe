using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

internal static class KeyAttributeExtensions
{
    public static IReadOnlyDictionary<string, object?> ToReadOnlyDictionary(this KeyAttributeCollection keys) =>
        keys.ToDictionary(k => k.Key, k => (object?)k.Value, System.StringComparer.Ordinal);
}
