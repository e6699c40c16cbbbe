using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// Data Dataverse keeps for no company in particular (resource roles) is copied to every legal entity in scope:
/// those dw_LegalEntities lists, or every company Dataverse knows when it lists none.
/// </summary>
public sealed class EveryLegalEntityRule : CompanyRule
{
    public override IReadOnlyList<string> Columns { get; } = [];

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse("cdm_company", "cdm_companycode", ColumnRead.Value)];

    public override IReadOnlyList<FinancePropertyDefinition> KeyProperties { get; } = [DataAreaId];

    public override IReadOnlyList<MapPartition> Partitions(Entity record, RelatedRecords related, IReadOnlyList<string> legalEntitiesInScope)
    {
        IEnumerable<string> codes = legalEntitiesInScope.Count > 0
            ? legalEntitiesInScope
            : related.Rows("cdm_company", ["cdm_companycode"]).Select(c => c.GetAttributeValue<string>("cdm_companycode") ?? "").Where(c => c.Length > 0);
        return codes.Select(InCompany).ToArray();
    }
}
