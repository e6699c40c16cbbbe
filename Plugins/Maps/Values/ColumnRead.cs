namespace DualWrite.Plugins.Maps.Values;

/// <summary>How a map reads a Dataverse column, which decides the column types that can serve it.</summary>
public enum ColumnRead
{
    /// <summary>As it is: text, a whole or decimal number, or yes/no.</summary>
    Value,

    /// <summary>A currency amount.</summary>
    Money,

    /// <summary>A date and time.</summary>
    Date,

    /// <summary>A choice (or yes/no) whose values the map names.</summary>
    Choice,

    /// <summary>A lookup, followed to a table or read for the id it holds.</summary>
    Lookup,
}
