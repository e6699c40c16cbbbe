using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project resource roles for all companies (bookableresourcecategories): Dataverse roles belong to no company, so each is copied to every legal entity in scope.</summary>
internal static class ResourceRoleMap
{
    public const string Name = "bookableresourcecategories";

    public static TableMap Map { get; } = new(
        Name,
        "bookableresourcecategory",
        "ProjectResourceRoles",
        "ProjectResourceRole",
        new EveryLegalEntityRule(),
        [FieldMap.Key("ResourceCategoryId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("Name", FinanceEdmType.String, Source.Column("name")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("description")),
        ],
        syncsDeletes: true);
}
