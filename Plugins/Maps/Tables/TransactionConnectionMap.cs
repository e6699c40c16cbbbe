using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Transaction connections (msdyn_transactionconnections): which actual reverses or replaces which, for Finance's import.</summary>
internal static class TransactionConnectionMap
{
    public const string Name = "msdyn_transactionconnections";

    private static readonly Dictionary<int, string> s_roles = new()
    {
        [Choices.RoleOriginal] = "Original",
        [Choices.RoleReversal] = "Reversal",
        [Choices.RoleReplacement] = "Replacement",
    };

    private static readonly Dictionary<int, string> s_types = new()
    {
        [Choices.TypeCost] = "Cost",
        [Choices.TypeUnbilledSales] = "UnbilledSales",
        [Choices.TypeBilledSales] = "BilledSales",
    };

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_transactionconnection",
        "ProjectTransactionRelationships",
        "ProjectTransactionRelationship",
        OwnedBy(Source.Related("msdyn_transaction1", "msdyn_actual", ProjectCompany("msdyn_project"))),
        [FieldMap.Key("ConnectionId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("Transaction1Id", FinanceEdmType.String, Source.LookupId("msdyn_transaction1")),
            FieldMap.To("Transaction1Role", FinanceEnums.TransactionRole, Source.Option("msdyn_transaction1role", s_roles)),
            FieldMap.To("Transaction1Type", FinanceEnums.ActualType, Source.Option("msdyn_transaction1typecode", s_types)),
            FieldMap.To("Transaction2Id", FinanceEdmType.String, Source.LookupId("msdyn_transaction2")),
            FieldMap.To("Transaction2Role", FinanceEnums.TransactionRole, Source.Option("msdyn_transaction2role", s_roles)),
            FieldMap.To("Transaction2Type", FinanceEnums.ActualType, Source.Option("msdyn_transaction2typecode", s_types)),
        ],
        parents: [new ParentDependency("msdyn_transaction1", ActualMap.Name), new ParentDependency("msdyn_transaction2", ActualMap.Name)]);
}
