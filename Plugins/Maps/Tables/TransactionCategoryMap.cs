using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project transaction categories (msdyn_transactioncategories) into the category integration entity, one row per
/// category in every legal entity in scope; Finance makes the four shared categories (one per transaction type) itself.
/// </summary>
internal static class TransactionCategoryMap
{
    public const string Name = "msdyn_transactioncategories";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_transactioncategory",
        "ProjCDSCategories",
        "ProjCDSCategory",
        new EveryLegalEntityRule(),
        [FieldMap.Key("CategoryId", FinanceEdmType.String, Source.Column("msdyn_name"))],
        [FieldMap.To("IntegrationId", FinanceEdmType.Guid, Source.Id())],
        syncsDeletes: true,
        financeEntity: "ProjCDSCategoryEntity");
}
