using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>
/// Turns a condition into a predicate over joined rows, once per query: condition values are converted to the
/// column's type up front. Null follows SQL: a null column satisfies only Null (and NotNull fails), never a
/// comparison, a negated comparison, NotIn or NotLike.
/// </summary>
internal static class ConditionCompiler
{
    public static Func<JoinedRow, bool> Compile(ConditionExpression condition, QueryScope scope, string defaultAlias)
    {
        string alias = condition.EntityName ?? defaultAlias;
        TableSchema table = scope.TableOf(alias);
        string attribute = condition.AttributeName ?? throw DataverseFault.InvalidArgument($"A condition on {table.LogicalName} names no attribute.");
        ColumnSchema column = table.Column(attribute);
        string where = $"{table.LogicalName}.{attribute}";
        Func<JoinedRow, object?> read = row => ColumnValue.OfRow(row.RowOf(alias)?.Value(attribute));

        if (condition.CompareColumns)
        {
            return CompileColumnComparison(condition, scope, alias, column, where, read);
        }

        IReadOnlyList<object?> values = condition.Values.ToArray();
        object[] Operands(int count)
        {
            if (count >= 0 && values.Count != count)
            {
                throw DataverseFault.InvalidArgument($"Condition for attribute '{where}': {condition.Operator} takes {count} value(s) but received {values.Count}.");
            }

            return values.Select(v => ColumnValue.OfOperand(v, column, where)).ToArray();
        }

        switch (condition.Operator)
        {
            case ConditionOperator.Null:
                Operands(0);
                return row => read(row) is null;
            case ConditionOperator.NotNull:
                Operands(0);
                return row => read(row) is not null;
            case ConditionOperator.Equal:
                return Compared(read, Operands(1)[0], c => c == 0);
            case ConditionOperator.NotEqual:
                return Compared(read, Operands(1)[0], c => c != 0);
            case ConditionOperator.GreaterThan:
                return Compared(read, Operands(1)[0], c => c > 0);
            case ConditionOperator.GreaterEqual:
                return Compared(read, Operands(1)[0], c => c >= 0);
            case ConditionOperator.LessThan:
                return Compared(read, Operands(1)[0], c => c < 0);
            case ConditionOperator.LessEqual:
                return Compared(read, Operands(1)[0], c => c <= 0);
            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                object[] set = Operands(-1);
                if (set.Length == 0)
                {
                    throw DataverseFault.InvalidArgument($"Condition for attribute '{where}': {condition.Operator} needs at least one value.");
                }

                bool inSet = condition.Operator == ConditionOperator.In;
                return row => read(row) is { } value && set.Any(v => ColumnValue.Compare(value, v) == 0) == inSet;
            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                object[] range = Operands(2);
                bool between = condition.Operator == ConditionOperator.Between;
                return row => read(row) is { } value && (ColumnValue.Compare(value, range[0]) >= 0 && ColumnValue.Compare(value, range[1]) <= 0) == between;
            case ConditionOperator.Like:
            case ConditionOperator.NotLike:
                return Like(read, column, where, (string)Operands(1)[0], "{0}", condition.Operator == ConditionOperator.Like);
            case ConditionOperator.BeginsWith:
            case ConditionOperator.DoesNotBeginWith:
                return Like(read, column, where, (string)Operands(1)[0], "{0}%", condition.Operator == ConditionOperator.BeginsWith);
            case ConditionOperator.EndsWith:
            case ConditionOperator.DoesNotEndWith:
                return Like(read, column, where, (string)Operands(1)[0], "%{0}", condition.Operator == ConditionOperator.EndsWith);
            case ConditionOperator.Contains:
            case ConditionOperator.DoesNotContain:
                return Like(read, column, where, (string)Operands(1)[0], "%{0}%", condition.Operator == ConditionOperator.Contains);
            case ConditionOperator.EqualUserId:
            case ConditionOperator.NotEqualUserId:
                Operands(0);
                bool equal = condition.Operator == ConditionOperator.EqualUserId;
                return row => read(row) is Guid id && (id == scope.CallerId) == equal;
            default:
                throw DataverseFault.UnsupportedOperator(table.LogicalName, attribute, condition.Operator);
        }
    }

    private static Func<JoinedRow, bool> Compared(Func<JoinedRow, object?> read, object operand, Func<int, bool> accept) =>
        row => read(row) is { } value && accept(ColumnValue.Compare(value, operand));

    private static Func<JoinedRow, bool> Like(Func<JoinedRow, object?> read, ColumnSchema column, string where, string operand, string shape, bool positive)
    {
        if (column.Type != ColumnType.String)
        {
            throw DataverseFault.InvalidArgument($"Condition for attribute '{where}': pattern operators apply to text columns; '{column.LogicalName}' is {column.Type}.");
        }

        string pattern = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, operand);
        return row => read(row) is string value && LikePattern.Matches(value, pattern) == positive;
    }

    private static Func<JoinedRow, bool> CompileColumnComparison(ConditionExpression condition, QueryScope scope, string alias, ColumnSchema column, string where, Func<JoinedRow, object?> read)
    {
        if (condition.Values.Count != 1 || condition.Values[0] is not string other)
        {
            throw DataverseFault.InvalidArgument($"Condition for attribute '{where}': a column comparison takes the other column's name as its one value.");
        }

        scope.TableOf(alias).Column(other);
        Func<int, bool> accept = condition.Operator switch
        {
            ConditionOperator.Equal => c => c == 0,
            ConditionOperator.NotEqual => c => c != 0,
            ConditionOperator.GreaterThan => c => c > 0,
            ConditionOperator.GreaterEqual => c => c >= 0,
            ConditionOperator.LessThan => c => c < 0,
            ConditionOperator.LessEqual => c => c <= 0,
            _ => throw DataverseFault.UnsupportedOperator(scope.TableOf(alias).LogicalName, column.LogicalName, condition.Operator),
        };
        return row => read(row) is { } value && ColumnValue.OfRow(row.RowOf(alias)?.Value(other)) is { } right && accept(ColumnValue.Compare(value, right));
    }
}
