using System;
using System.Globalization;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// A value read from Dataverse as the Finance field's EDM type holds it: a GUID kept as text in Dataverse (a record id,
/// a GUID-as-text column) becomes a Guid, so a key URL writes it unquoted and the body as Edm.Guid; a whole number
/// becomes the width the field declares.
/// </summary>
internal static class FinanceValue
{
    public static object? Of(FieldMap field, object? value) => (field.Type, value) switch
    {
        (_, null) => null,
        (FinanceEdmType.Guid, string text) => Guid.TryParse(text, out Guid id)
            ? id
            : throw new InvalidOperationException($"'{text}' is not a GUID, which Finance's Edm.Guid field takes."),
        (FinanceEdmType.Int64, int number) => (long)number,
        (FinanceEdmType.Int32, long number) => checked((int)number),
        (FinanceEdmType.Decimal, int number) => (decimal)number,
        (FinanceEdmType.Decimal, double number) => Convert.ToDecimal(number, CultureInfo.InvariantCulture),
        _ => value,
    };
}
