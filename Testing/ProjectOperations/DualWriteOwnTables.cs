using System;
using DualWrite.Common.Tables;
using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>The solution's own tables (sync state, outbox), declared from the same definitions the solution ships.</summary>
internal static class DualWriteOwnTables
{
    public static void AddTo(DataverseSchema schema)
    {
        foreach (TableDefinition table in DualWriteTables.All)
        {
            var builder = new TableBuilder(table.LogicalName).PrimaryName(table.PrimaryName.LogicalName);
            foreach (ColumnDefinition column in table.Columns)
            {
                builder.Column(column.LogicalName, TypeOf(column));
            }

            foreach (AlternateKeyDefinition key in table.AlternateKeys)
            {
                builder.Key(key.LogicalName, [.. key.Columns]);
            }

            schema.Add(builder.Build());
        }
    }

    private static Schema.ColumnType TypeOf(ColumnDefinition column) => column.Type switch
    {
        Common.Tables.ColumnType.Text or Common.Tables.ColumnType.MultilineText => Schema.ColumnType.String,
        Common.Tables.ColumnType.WholeNumber => Schema.ColumnType.Integer,
        Common.Tables.ColumnType.DateAndTime => Schema.ColumnType.DateTime,
        Common.Tables.ColumnType.Choice => Schema.ColumnType.Choice,
        _ => throw new ArgumentOutOfRangeException(nameof(column), $"Column '{column.LogicalName}' has a type ({column.Type}) the in-memory schema does not map."),
    };
}
