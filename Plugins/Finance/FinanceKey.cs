using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The full key of one Finance row, in the order the entity declares it: for a company-specific entity
/// (dataAreaId='usmf',ProjectID='P-1'). Finance needs every key field in a key URL.
/// </summary>
public sealed class FinanceKey
{
    private readonly KeyValuePair<string, object>[] _fields;

    public FinanceKey(IEnumerable<KeyValuePair<string, object>> fields)
    {
        _fields = fields.ToArray();
        if (_fields.Length == 0)
        {
            throw new ArgumentException("A Finance key needs at least one field.", nameof(fields));
        }

        foreach (KeyValuePair<string, object> field in _fields)
        {
            if (string.IsNullOrWhiteSpace(field.Key))
            {
                throw new ArgumentException("A Finance key field needs a name.", nameof(fields));
            }

            if (field.Value is null || (field.Value is string text && text.Length == 0))
            {
                throw new ArgumentException($"Finance key field '{field.Key}' has no value.", nameof(fields));
            }

            ODataLiteral.Format(field.Value); // refuses a type no key can hold, now rather than at send time
        }
    }

    public IReadOnlyList<KeyValuePair<string, object>> Fields => _fields;

    /// <summary>A key of a company-specific entity: dataAreaId first, then the entity's own key fields.</summary>
    public static FinanceKey InCompany(string dataAreaId, params (string Name, object Value)[] fields) =>
        new(new[] { new KeyValuePair<string, object>(FinanceEntityDefinition.CompanyKey, dataAreaId) }
            .Concat(fields.Select(f => new KeyValuePair<string, object>(f.Name, f.Value))));

    /// <summary>
    /// The row Finance creates from this key and the fields: the key's fields in key order (a field of the same name
    /// gives the value), then the other fields in their order. Enumerated, not built, so a caller that only reads it
    /// (a hash, a JSON body) pays for no dictionary.
    /// </summary>
    public IEnumerable<KeyValuePair<string, object?>> RowWith(IReadOnlyDictionary<string, object?> fields)
    {
        foreach (KeyValuePair<string, object> part in _fields)
        {
            yield return fields.TryGetValue(part.Key, out object? value) ? new KeyValuePair<string, object?>(part.Key, value) : new KeyValuePair<string, object?>(part.Key, part.Value);
        }

        foreach (KeyValuePair<string, object?> field in fields)
        {
            if (!Has(field.Key))
            {
                yield return field;
            }
        }
    }

    /// <summary>The key segment of a URL, escaped: (dataAreaId='usmf',ProjectID='P%2F1').</summary>
    public string ToUrlSegment() => Write(escaped: true);

    /// <summary>The key as messages show it: (dataAreaId='usmf',ProjectID='P/1').</summary>
    public override string ToString() => Write(escaped: false);

    private bool Has(string name)
    {
        foreach (KeyValuePair<string, object> part in _fields)
        {
            if (string.Equals(part.Key, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Every request names its key at least twice (URL and trace), so it is written straight into one builder.
    private string Write(bool escaped)
    {
        var text = new StringBuilder(64).Append('(');
        for (int i = 0; i < _fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(_fields[i].Key).Append('=').Append(escaped ? ODataLiteral.Format(_fields[i].Value) : ODataLiteral.Display(_fields[i].Value));
        }

        return text.Append(')').ToString();
    }
}
