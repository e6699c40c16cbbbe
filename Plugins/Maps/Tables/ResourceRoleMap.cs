using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project resource roles for all companies (bookableresourcecategories) into Finance's shared resource categories:
/// Dataverse roles belong to no company, and Finance creates the company-specific role in every legal entity itself.
/// The role's name is its id in Finance (a Dataverse role has no code of its own).
/// </summary>
internal static class ResourceRoleMap
{
    public const string Name = "bookableresourcecategories";

    public static TableMap Map { get; } = new(
        Name,
        "bookableresourcecategory",
        "ResourceCategoriesShared",
        "ResourceCategoriesShared",
        new SharedRule(),
        [FieldMap.Key("RoleId", FinanceEdmType.String, Source.Column("name"))],
        [
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("description")),
            FieldMap.To("IsCategoryDisabled", FinanceEnums.FalseTrue, Source.Option("statecode", ChoiceMembers.Disabled("bookableresourcecategory"))),
        ],
        syncsDeletes: true,
        financeEntity: "ResResourceCategorySharedEntity");
}
