using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project transaction categories (msdyn_transactioncategories) become four shared categories, one per transaction type.</summary>
internal static class TransactionCategoryMap
{
    public const string Name = "msdyn_transactioncategories";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_transactioncategory",
        "ProjectSharedCategories",
        "ProjectSharedCategory",
        new SharedVariantsRule(FinanceEnums.TransactionType, "TransactionType"),
        [FieldMap.Key("CategoryId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("Name", FinanceEdmType.String, Source.Column("msdyn_name")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_description")),
        ],
        syncsDeletes: true);
}
