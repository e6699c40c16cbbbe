using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Transaction connections (msdyn_transactionconnections): which transaction reverses or replaces which, for Finance's
/// import. Dataverse keeps both sides as text (the record's id, its table and its role), and Finance's relationship
/// import belongs to no company; a connection waits for the actuals it names.
/// </summary>
internal static class TransactionConnectionMap
{
    public const string Name = "msdyn_transactionconnections";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_transactionconnection",
        "ProjTransactionRelationshipImports",
        "ProjTransactionRelationshipImport",
        new SharedRule(),
        [FieldMap.Key("ConnectionId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.To("Transaction1Id", FinanceEdmType.Guid, Source.Column("msdyn_transaction1")),
            FieldMap.To("Transaction1Role", FinanceEdmType.String, Source.Column("msdyn_transaction1role")),
            FieldMap.To("Transaction1Type", FinanceEdmType.String, Source.Column("msdyn_transaction1type")),
            FieldMap.To("Transaction2Id", FinanceEdmType.Guid, Source.Column("msdyn_transaction2")),
            FieldMap.To("Transaction2Role", FinanceEdmType.String, Source.Column("msdyn_transaction2role")),
            FieldMap.To("Transaction2Type", FinanceEdmType.String, Source.Column("msdyn_transaction2type")),
        ],
        parents:
        [
            ParentDependency.ByIdText("msdyn_transaction1", "msdyn_transaction1type", "msdyn_actual", ActualMap.Name),
            ParentDependency.ByIdText("msdyn_transaction2", "msdyn_transaction2type", "msdyn_actual", ActualMap.Name),
        ],
        financeEntity: "ProjCDSTransactionRelationshipImportEntity");
}
