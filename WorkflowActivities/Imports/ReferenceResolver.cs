using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// Finds the Dataverse records a Finance document refers to by their natural keys (company code, project number,
/// account number, ...), once per distinct key, and records a problem naming the field and value for each one that
/// is missing or ambiguous.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly IOrganizationService _service;
    private readonly ImportProblems _problems;
    private readonly Dictionary<string, EntityReference?> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _ambiguous = new(StringComparer.Ordinal);

    public ReferenceResolver(IOrganizationService service, ImportProblems problems)
    {
        _service = service;
        _problems = problems;
    }

    public EntityReference? Company(string code, string path) =>
        Find(path, $"legal entity '{code}'", "cdm_company", new Condition("cdm_companycode", code));

    public EntityReference? Project(EntityReference company, string companyCode, string number, string path) =>
        Find(path, $"project '{number}' of legal entity '{companyCode}'", "msdyn_project", new Condition("msdyn_projectnumber", number), new Condition("msdyn_owningcompany", company.Id));

    /// <summary>A project task by its WBS id within the project (Finance's activity number).</summary>
    public EntityReference? Task(EntityReference project, string projectNumber, string wbsId, string path) =>
        Find(path, $"task '{wbsId}' of project '{projectNumber}'", "msdyn_projecttask", new Condition("msdyn_wbsid", wbsId), new Condition("msdyn_project", project.Id));

    public EntityReference? ExpenseCategory(EntityReference company, string companyCode, string categoryId, string path) =>
        Find(path, $"expense category '{categoryId}' of legal entity '{companyCode}'", "msdyn_expensecategory", new Condition("msdyn_categoryid", categoryId), new Condition("msdyn_company", company.Id));

    public EntityReference? TransactionCategory(string name, string path) =>
        Find(path, $"transaction category '{name}'", "msdyn_transactioncategory", new Condition("msdyn_name", name));

    public EntityReference? Unit(string name, string path) =>
        Find(path, $"unit '{name}'", "uom", new Condition("name", name));

    public EntityReference? Currency(string isoCode, string path) =>
        Find(path, $"currency '{isoCode}'", "transactioncurrency", new Condition("isocurrencycode", isoCode));

    /// <summary>A vendor: the account with this account number in the company (the vendor map's key).</summary>
    public EntityReference? Vendor(EntityReference company, string companyCode, string accountNumber, string path) =>
        Find(path, $"vendor account '{accountNumber}' of legal entity '{companyCode}'", "account", new Condition("accountnumber", accountNumber), new Condition("msdyn_company", company.Id));

    public EntityReference? Product(string number, string path) =>
        Find(path, $"product '{number}'", "product", new Condition("productnumber", number));

    private EntityReference? Find(string path, string what, string table, params Condition[] conditions)
    {
        string key = table + "|" + string.Join("|", conditions.Select(c => c.Column + "=" + c.Value));
        if (!_found.TryGetValue(key, out EntityReference? found) || found is null)
        {
            int matches = 0;
            if (!_found.ContainsKey(key))
            {
                var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 2 };
                foreach (Condition condition in conditions)
                {
                    query.Criteria.AddCondition(condition.Column, ConditionOperator.Equal, condition.Value);
                }

                DataCollection<Entity> rows = _service.RetrieveMultiple(query).Entities;
                matches = rows.Count;
                found = rows.Count == 1 ? rows[0].ToEntityReference() : null;
                _found[key] = found;
                _ambiguous[key] = rows.Count > 1;
            }

            if (found is null)
            {
                // Every field that names a missing record is reported, so the sender can fix them all at once.
                _problems.Add(_ambiguous[key] || matches > 1
                    ? $"{path}: {what} is ambiguous: several {table} rows match."
                    : $"{path}: {what} is not in Dataverse ({table}).");
            }
        }

        return found;
    }

    private sealed class Condition
    {
        public Condition(string column, object value)
        {
            Column = column;
            Value = value;
        }

        public string Column { get; }

        public object Value { get; }
    }
}
