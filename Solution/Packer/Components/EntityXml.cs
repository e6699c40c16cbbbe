using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// Entities/&lt;name&gt;/Entity.xml (inlined into customizations.xml when packed) for one of the project's own tables,
/// generated from its <see cref="TableDefinition"/>: the primary key, the custom columns with their types, lengths and
/// option sets, and the alternate keys. The platform adds the system columns (created on, owner...) when it creates
/// the table, so they are not listed.
/// </summary>
internal static class EntityXml
{
    public static XElement Create(TableDefinition table, string introducedVersion)
    {
        return new XElement(
            "Entity",
            SolutionXml.XsiDeclaration,
            new XElement("Name", new XAttribute("LocalizedName", table.DisplayName), new XAttribute("OriginalName", table.DisplayName), table.LogicalName),
            new XElement(
                "EntityInfo",
                new XElement(
                    "entity",
                    new XAttribute("Name", table.LogicalName),
                    new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", table.DisplayName)),
                    new XElement("LocalizedCollectionNames", SolutionXml.Label("LocalizedCollectionName", table.PluralDisplayName)),
                    new XElement("Descriptions", SolutionXml.Label("Description", table.Description)),
                    new XElement("attributes", new[] { PrimaryKey(table, introducedVersion) }.Concat(table.AllColumns.OrderBy(c => c.LogicalName, System.StringComparer.Ordinal).Select(c => Column(table, c, introducedVersion)))),
                    new XElement("EntityKeys", table.AlternateKeys.Select(key => Key(key, introducedVersion))),
                    new XElement("EntitySetName", table.EntitySetName),
                    new XElement("IsDuplicateCheckSupported", "0"),
                    new XElement("IsBusinessProcessEnabled", "0"),
                    new XElement("IsRequiredOffline", "0"),
                    new XElement("IsCollaboration", "0"),
                    new XElement("AutoRouteToOwnerQueue", "0"),
                    new XElement("IsConnectionsEnabled", "0"),
                    new XElement("IsDocumentManagementEnabled", "0"),
                    new XElement("AutoCreateAccessTeams", "0"),
                    new XElement("IsOneNoteIntegrationEnabled", "0"),
                    new XElement("IsKnowledgeManagementEnabled", "0"),
                    new XElement("IsSLAEnabled", "0"),
                    new XElement("IsBPFEntity", "0"),
                    new XElement("OwnershipTypeMask", "OrgOwned"), // integration bookkeeping, not anyone's records
                    new XElement("IsAuditEnabled", "0"),
                    new XElement("IsActivity", "0"),
                    new XElement("ActivityTypeMask", string.Empty),
                    new XElement("IsActivityParty", "0"),
                    new XElement("IsMailMergeEnabled", "0"),
                    new XElement("IsVisibleInMobile", "0"),
                    new XElement("IsVisibleInMobileClient", "0"),
                    new XElement("IsReadOnlyInMobileClient", "0"),
                    new XElement("IsOfflineInMobileClient", "0"),
                    new XElement("IsQuickCreateEnabled", "0"),
                    new XElement("SyncToExternalSearchIndex", "0"),
                    new XElement("IntroducedVersion", introducedVersion),
                    new XElement("IsCustomizable", "1"),
                    new XElement("IsRenameable", "1"),
                    new XElement("IsMappable", "0"),
                    new XElement("ChangeTrackingEnabled", "1"), // lets a reconciliation job read what changed
                    new XElement("IsSolutionAware", "0"))),
            new XElement("FormXml"),
            new XElement("SavedQueries"),
            new XElement("RibbonDiffXml"));
    }

    /// <summary>The name of a choice column's local option set.</summary>
    public static string OptionSetName(TableDefinition table, ColumnDefinition column) => $"{table.LogicalName}_{column.LogicalName}";

    private static XElement PrimaryKey(TableDefinition table, string introducedVersion) =>
        Attribute(table.PrimaryKey, "primarykey", "systemrequired", "ValidForAdvancedFind|RequiredForGrid", isCustom: false, introducedVersion, table.DisplayName, $"Unique identifier of the {table.DisplayName.ToLowerInvariant()}.");

    private static XElement Column(TableDefinition table, ColumnDefinition column, string introducedVersion)
    {
        bool isPrimaryName = ReferenceEquals(column, table.PrimaryName);
        XElement attribute = Attribute(
            column.LogicalName,
            TypeName(column.Type),
            column.IsRequired ? "required" : "none",
            isPrimaryName ? "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm" : "ValidForAdvancedFind|ValidForForm|ValidForGrid",
            isCustom: true,
            introducedVersion,
            column.DisplayName,
            column.Description);

        // The type-specific settings go before the display names, as in exports.
        attribute.Element("displaynames")!.AddBeforeSelf(TypeSettings(table, column, introducedVersion));
        return attribute;
    }

    private static XElement Attribute(string logicalName, string type, string requiredLevel, string displayMask, bool isCustom, string introducedVersion, string displayName, string description) =>
        new(
            "attribute",
            new XAttribute("PhysicalName", logicalName),
            new XElement("Type", type),
            new XElement("Name", logicalName),
            new XElement("LogicalName", logicalName),
            new XElement("RequiredLevel", requiredLevel),
            new XElement("DisplayMask", displayMask),
            new XElement("ImeMode", "auto"),
            new XElement("ValidForUpdateApi", SolutionXml.Flag(type != "primarykey")),
            new XElement("ValidForReadApi", "1"),
            new XElement("ValidForCreateApi", "1"),
            new XElement("IsCustomField", SolutionXml.Flag(isCustom)),
            new XElement("IsAuditEnabled", "0"),
            new XElement("IsSecured", "0"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("IsRenameable", "1"),
            new XElement("CanModifySearchSettings", "1"),
            new XElement("CanModifyRequirementLevelSettings", SolutionXml.Flag(type != "primarykey")),
            new XElement("CanModifyAdditionalSettings", "1"),
            new XElement("SourceType", "0"),
            new XElement("IsGlobalFilterEnabled", "0"),
            new XElement("IsSortableEnabled", "0"),
            new XElement("CanModifyGlobalFilterSettings", "1"),
            new XElement("CanModifyIsSortableSettings", "1"),
            new XElement("IsDataSourceSecret", "0"),
            new XElement("AutoNumberFormat", string.Empty),
            new XElement("IsSearchable", "0"),
            new XElement("IsFilterable", "1"),
            new XElement("IsRetrievable", "1"),
            new XElement("IsLocalizable", "0"),
            new XElement("displaynames", SolutionXml.Label("displayname", displayName)),
            new XElement("Descriptions", SolutionXml.Label("Description", description)));

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "nvarchar",
        ColumnType.MultilineText => "ntext",
        ColumnType.WholeNumber => "int",
        ColumnType.DateAndTime => "datetime",
        ColumnType.Choice => "picklist",
        _ => throw new System.ArgumentOutOfRangeException(nameof(type), type, "No Dataverse type for this column type."),
    };

    private static object[] TypeSettings(TableDefinition table, ColumnDefinition column, string introducedVersion) => column.Type switch
    {
        ColumnType.Text or ColumnType.MultilineText =>
        [
            new XElement("Format", column.Type == ColumnType.Text ? "text" : "textarea"),
            new XElement("MaxLength", Number(column.MaxLength)),
            new XElement("Length", Number(column.MaxLength * 2)), // bytes: two per character
        ],
        ColumnType.WholeNumber =>
        [
            new XElement("Format", string.Empty),
            new XElement("MinValue", "0"),
            new XElement("MaxValue", Number(int.MaxValue)),
        ],
        ColumnType.DateAndTime =>
        [
            new XElement("Format", "datetime"),
            new XElement("CanChangeDateTimeBehavior", "0"),
            new XElement("Behavior", "3"), // time-zone independent: stored and shown as written (UTC)
        ],
        ColumnType.Choice =>
        [
            new XElement("AppDefaultValue", Number(column.Options[0].Value)),
            new XElement(
                "optionset",
                new XAttribute("Name", OptionSetName(table, column)),
                new XElement("OptionSetType", "picklist"),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("IsCustomizable", "1"),
                new XElement("displaynames", SolutionXml.Label("displayname", column.DisplayName)),
                new XElement("Descriptions", SolutionXml.Label("Description", column.Description)),
                new XElement(
                    "options",
                    column.Options.Select(option => new XElement(
                        "option",
                        new XAttribute("value", Number(option.Value)),
                        new XAttribute("IsHidden", "0"),
                        new XElement("labels", SolutionXml.Label("label", option.Label)))))),
        ],
        _ => [],
    };

    private static XElement Key(AlternateKeyDefinition key, string introducedVersion) =>
        new(
            "EntityKey",
            new XElement("Name", key.LogicalName),
            new XElement("LogicalName", key.LogicalName),
            new XElement("EntityKeyAttributes", key.Columns.Select(c => new XElement("AttributeName", c))),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("displaynames", SolutionXml.Label("displayname", key.DisplayName)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
