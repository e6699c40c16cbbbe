using System;
using System.Collections.Generic;
using System.Globalization;

namespace DualWrite.Testing.Query;

/// <summary>
/// Equality of normalized column values (<see cref="ColumnValue.OfRow"/>) as a hash table needs it, agreeing with
/// <see cref="ColumnValue.Compare"/> returning 0 for two values of the same type: text ignoring case and accents (the
/// collation's), anything else by its own equality. Values of different types are never equal here, so a caller
/// comparing across types must not rely on it (see <see cref="Store.ColumnIndex.HoldsOnly"/>).
/// </summary>
internal sealed class ColumnValueEquality : IEqualityComparer<object>
{
    private static readonly StringComparer s_text = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    public static ColumnValueEquality Instance { get; } = new();

    public new bool Equals(object? x, object? y) => x is string left && y is string right ? s_text.Equals(left, right) : object.Equals(x, y);

    public int GetHashCode(object value) => value is string text ? s_text.GetHashCode(text) : value.GetHashCode();
}
