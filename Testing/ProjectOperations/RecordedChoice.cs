using System;
using System.Linq;
using DualWrite.Schema.Dataverse;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// A choice value by its label, read from the recorded schema (Schema/Dataverse), so tests and the local run's data
/// set never type a value: <c>RecordedChoice.Option("msdyn_actual", "msdyn_transactiontypecode", "Cost")</c>.
/// </summary>
public static class RecordedChoice
{
    public static int Value(string table, string column, string label)
    {
        if (!DataverseSnapshot.Load().Table(table).TryGetAttribute(column, out RecordedAttribute attribute))
        {
            throw new ArgumentException($"The recorded schema has no column '{column}' on {table}.", nameof(column));
        }

        return attribute.Options.FirstOrDefault(o => o.Label == label)?.Value
            ?? throw new ArgumentException($"Column '{column}' of {table} has no option '{label}' in the recorded schema.", nameof(label));
    }

    public static OptionSetValue Option(string table, string column, string label) => new(Value(table, column, label));
}
