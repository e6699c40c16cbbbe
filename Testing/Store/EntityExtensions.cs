using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

internal static class EntityExtensions
{
    /// <summary>The column's value, or null when the row does not carry it.</summary>
    public static object? Value(this Entity row, string column) => row.Attributes.TryGetValue(column, out object? value) ? value : null;
}
