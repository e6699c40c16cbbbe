using System.Collections.Generic;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>Short names the maps are written with: <c>Source.Related("msdyn_project", "msdyn_project", Source.Column("msdyn_projectnumber"))</c>.</summary>
public static class Source
{
    public static SourceValue Column(string column) => new ColumnValue(column);

    public static SourceValue Money(string column) => new MoneyValue(column);

    public static SourceValue Date(string column) => new DateValue(column);

    public static SourceValue Option(string column, IReadOnlyDictionary<int, string> members) => new OptionValueMap(column, members);

    /// <summary>A choice's value as the number it is.</summary>
    public static SourceValue OptionNumber(string column) => new OptionNumberValue(column);

    public static SourceValue Related(string lookup, string table, SourceValue value) => new RelatedValue(lookup, table, value);

    public static SourceValue Id() => new RecordIdValue();

    public static SourceValue LookupId(string lookup) => new RecordIdValue(lookup);

    public static SourceValue Constant(object value) => new DefaultValue(value);

    public static SourceValue Default(SourceValue source, object fallback) => new DefaultValue(fallback, source);
}
