using System;
using System.Collections.Generic;
using DualWrite.WorkflowActivities.Limits;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>What every part of one Finance document is read against: its legal entity, the resolver and the problem list.</summary>
internal sealed class ImportContext
{
    public ImportContext(ReferenceResolver resolver, ImportProblems problems, string? companyCode, EntityReference? company)
    {
        Resolver = resolver;
        Problems = problems;
        CompanyCode = companyCode ?? "";
        Company = company;
    }

    public ReferenceResolver Resolver { get; }

    public ImportProblems Problems { get; }

    /// <summary>The legal entity's code (Finance's dataAreaId, Dataverse's cdm_companycode).</summary>
    public string CompanyCode { get; }

    /// <summary>The legal entity's cdm_company, or null when it is unknown (then nothing per company is resolved).</summary>
    public EntityReference? Company { get; }

    /// <summary>Expense categories the document itself brings, which its expenses may use before they exist.</summary>
    public ISet<string> DocumentCategoryIds { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Each natural key may appear once in a document: a second one would silently overwrite the first.</summary>
    public ISet<string> SeenKeys { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Sets a column of a planned record, recording a problem under the document path when the value does not fit the column.</summary>
    public void Put(Entity record, string column, object? value, string path)
    {
        Check(record, column, value, path);
        record[column] = value;
    }

    /// <summary>Sets a money column to the sum of the parts, checked as <see cref="Put"/> checks a column.</summary>
    public void PutTotal(Entity record, string column, IEnumerable<decimal> parts, string path)
    {
        decimal total = 0m;
        try
        {
            foreach (decimal part in parts)
            {
                total += part;
            }
        }
        catch (OverflowException)
        {
            Problems.Add($"{path} adds up to more than any amount can hold.");
            return;
        }

        Put(record, column, new Money(total), path);
    }

    /// <summary>Sets an alternate key column of a planned record, checked as <see cref="Put"/> checks a column.</summary>
    public void PutKey(Entity record, string column, object value, string path)
    {
        Check(record, column, value, path);
        record.KeyAttributes[column] = value;
    }

    /// <summary>Records a problem when the key was seen before in this document.</summary>
    public void RequireUnique(string what, string? key, string path)
    {
        if (key is not null && !SeenKeys.Add(what + "|" + key))
        {
            Problems.Add($"{path}: {what} '{key}' appears more than once in the document.");
        }
    }

    private void Check(Entity record, string column, object? value, string path)
    {
        if (ValueProblem.Of(record.LogicalName!, column, value) is { } problem)
        {
            Problems.Add($"{path} {problem}.");
        }
    }
}
