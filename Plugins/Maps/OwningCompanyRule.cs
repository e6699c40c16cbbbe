using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// The record goes to the company that owns it (cdm_companycode = Finance's dataAreaId), read through its lookups.
/// Only company-striped rows sync: a record without a company, or of a company out of scope, goes nowhere.
/// </summary>
public sealed class OwningCompanyRule : CompanyRule
{
    private readonly SourceValue _companyCode;

    public OwningCompanyRule(SourceValue companyCode)
    {
        _companyCode = companyCode;
    }

    public override IReadOnlyList<string> Columns => _companyCode.Columns;

    public override IEnumerable<ColumnUse> Uses(string table) => _companyCode.Uses(table);

    public override IReadOnlyList<FinancePropertyDefinition> KeyProperties { get; } = [DataAreaId];

    public override IReadOnlyList<MapPartition> Partitions(Entity record, RelatedRecords related, IReadOnlyList<string> legalEntitiesInScope)
    {
        if (_companyCode.Read(record, related) is not string code || code.Length == 0)
        {
            return [];
        }

        return legalEntitiesInScope.Count == 0 || legalEntitiesInScope.Contains(code, StringComparer.OrdinalIgnoreCase) ? [InCompany(code)] : [];
    }
}
