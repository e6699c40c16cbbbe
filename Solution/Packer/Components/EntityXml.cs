using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// Entities/&lt;name&gt;/Entity.xml (inlined into customizations.xml when packed) for one of the project's own tables,
/// shaped as a real export of an organization-owned custom table is: bravooomike/doz-visits-solution
/// src/Entities/doz_Pharmacy/Entity.xml (a live export, November 2025). It lists the columns the platform gives
/// every such table (<see cref="OrganizationOwnedColumns"/>: state and status with their values, organization,
/// created and modified by and on, import sequence, time zone columns), the primary key, the custom columns from the
/// <see cref="TableDefinition"/> and the alternate keys, every column in the export's element order and sorted as the
/// export sorts them, then the export's table-level flags.
/// </summary>
internal static class EntityXml
{
    public static XElement Create(TableDefinition table, string introducedVersion)
    {
        IEnumerable<XElement> attributes = OrganizationOwnedColumns.For(table, introducedVersion).Select(c => SystemAttribute(c, introducedVersion))
            .Append(PrimaryKey(table, introducedVersion))
            .Concat(table.AllColumns.Select(c => Column(table, c, introducedVersion)))
            .OrderBy(a => ((string)a.Attribute("PhysicalName")!).ToLowerInvariant(), StringComparer.Ordinal);

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
                    new XElement("attributes", attributes),
                    new XElement("EntityKeys", table.AlternateKeys.Select(key => Key(key, introducedVersion))),
                    new XElement("EntitySetName", table.EntitySetName),
                    TableFlags(introducedVersion))),
            new XElement("FormXml"),
            new XElement("SavedQueries"),
            new XElement("RibbonDiffXml"));
    }

    /// <summary>The name of a choice column's local option set.</summary>
    public static string OptionSetName(TableDefinition table, ColumnDefinition column) => $"{table.LogicalName}_{column.LogicalName}";

    /// <summary>The primary key's schema name, as exports write it: the table's schema name followed by "Id".</summary>
    public static string PrimaryKeySchemaName(TableDefinition table) => table.LogicalName + "Id";

    /// <summary>
    /// The table-level elements of the export, in its order. Where this solution differs from the export's values it
    /// is on purpose: no duplicate detection, mail merge or mapping for integration bookkeeping, and change tracking
    /// on so a reconciliation job can read what changed.
    /// </summary>
    private static IEnumerable<XElement> TableFlags(string introducedVersion) =>
    [
        new("IsDuplicateCheckSupported", "0"),
        new("IsBusinessProcessEnabled", "0"),
        new("IsRequiredOffline", "0"),
        new("IsInteractionCentricEnabled", "0"),
        new("IsCollaboration", "0"),
        new("AutoRouteToOwnerQueue", "0"),
        new("IsConnectionsEnabled", "0"),
        new("IsDocumentManagementEnabled", "0"),
        new("AutoCreateAccessTeams", "0"),
        new("IsOneNoteIntegrationEnabled", "0"),
        new("IsKnowledgeManagementEnabled", "0"),
        new("IsSLAEnabled", "0"),
        new("IsDocumentRecommendationsEnabled", "0"),
        new("IsBPFEntity", "0"),
        new("OwnershipTypeMask", OrganizationOwnedColumns.OwnershipTypeMask), // integration bookkeeping, not anyone's records
        new("IsAuditEnabled", "0"),
        new("IsRetrieveAuditEnabled", "0"),
        new("IsRetrieveMultipleAuditEnabled", "0"),
        new("IsActivity", "0"),
        new("ActivityTypeMask", string.Empty),
        new("IsActivityParty", "0"),
        new("IsReplicated", "0"),
        new("IsReplicationUserFiltered", "0"),
        new("IsMailMergeEnabled", "0"),
        new("IsVisibleInMobile", "0"),
        new("IsVisibleInMobileClient", "0"),
        new("IsReadOnlyInMobileClient", "0"),
        new("IsOfflineInMobileClient", "0"),
        new("DaysSinceRecordLastModified", "0"),
        new("MobileOfflineFilters", string.Empty),
        new("IsMapiGridEnabled", "1"),
        new("IsReadingPaneEnabled", "1"),
        new("IsQuickCreateEnabled", "0"),
        new("SyncToExternalSearchIndex", "0"),
        new("IntroducedVersion", introducedVersion),
        new("IsCustomizable", "1"),
        new("IsRenameable", "1"),
        new("IsMappable", "0"),
        new("CanModifyAuditSettings", "1"),
        new("CanModifyMobileVisibility", "1"),
        new("CanModifyMobileClientVisibility", "1"),
        new("CanModifyMobileClientReadOnly", "1"),
        new("CanModifyMobileClientOffline", "1"),
        new("CanModifyConnectionSettings", "1"),
        new("CanModifyDuplicateDetectionSettings", "1"),
        new("CanModifyMailMergeSettings", "1"),
        new("CanModifyQueueSettings", "1"),
        new("CanCreateAttributes", "1"),
        new("CanCreateForms", "1"),
        new("CanCreateCharts", "1"),
        new("CanCreateViews", "1"),
        new("CanModifyAdditionalSettings", "1"),
        new("CanEnableSyncToExternalSearchIndex", "1"),
        new("EnforceStateTransitions", "0"),
        new("CanChangeHierarchicalRelationship", "1"),
        new("EntityHelpUrlEnabled", "0"),
        new("ChangeTrackingEnabled", "1"),
        new("CanChangeTrackingBeEnabled", "1"),
        new("IsEnabledForExternalChannels", "0"),
        new("IsMSTeamsIntegrationEnabled", "0"),
        new("IsSolutionAware", "0"),
    ];

    private static XElement SystemAttribute(SystemColumn column, string introducedVersion) =>
        Attribute(
            new AttributeShape(column.SchemaName, column.LogicalName, column.Type, column.RequiredLevel, column.DisplayMask, column.ImeMode, column.ValidForUpdateApi, column.ValidForCreateApi, IsCustomField: false, column.IsAuditEnabled, CanModifyRequirementLevelSettings: true, IsSearchable: false, column.IsFilterable, column.IsRetrievable),
            introducedVersion,
            column.TypeSettings,
            column.DisplayName,
            column.Description);

    private static XElement PrimaryKey(TableDefinition table, string introducedVersion) =>
        Attribute(
            new AttributeShape(PrimaryKeySchemaName(table), table.PrimaryKey, "primarykey", "systemrequired", "ValidForAdvancedFind|RequiredForGrid", "auto", ValidForUpdateApi: false, ValidForCreateApi: true, IsCustomField: false, IsAuditEnabled: false, CanModifyRequirementLevelSettings: false, IsSearchable: false, IsFilterable: true, IsRetrievable: true),
            introducedVersion,
            [],
            table.DisplayName,
            "Unique identifier for entity instances");

    // The search flags and ImeMode are those the export gives a column of the type; audit stays off with the table's.
    private static XElement Column(TableDefinition table, ColumnDefinition column, string introducedVersion)
    {
        bool isPrimaryName = ReferenceEquals(column, table.PrimaryName);
        return Attribute(
            new AttributeShape(
                column.LogicalName,
                column.LogicalName,
                TypeName(column.Type),
                column.IsRequired ? "required" : "none",
                isPrimaryName ? "PrimaryName|ValidForAdvancedFind|ValidForForm|ValidForGrid|RequiredForForm" : "ValidForAdvancedFind|ValidForForm|ValidForGrid",
                column.Type == ColumnType.WholeNumber ? "disabled" : "auto",
                ValidForUpdateApi: true,
                ValidForCreateApi: true,
                IsCustomField: true,
                IsAuditEnabled: false,
                CanModifyRequirementLevelSettings: true,
                IsSearchable: isPrimaryName,
                IsFilterable: false,
                IsRetrievable: column.Type is ColumnType.Text or ColumnType.Choice),
            introducedVersion,
            TypeSettings(table, column, introducedVersion),
            column.DisplayName,
            column.Description);
    }

    private static XElement Attribute(AttributeShape shape, string introducedVersion, XElement[] typeSettings, string displayName, string description) =>
        new(
            "attribute",
            new XAttribute("PhysicalName", shape.PhysicalName),
            new XElement("Type", shape.Type),
            new XElement("Name", shape.LogicalName),
            new XElement("LogicalName", shape.LogicalName),
            new XElement("RequiredLevel", shape.RequiredLevel),
            shape.DisplayMask is null ? null : new XElement("DisplayMask", shape.DisplayMask),
            new XElement("ImeMode", shape.ImeMode),
            new XElement("ValidForUpdateApi", SolutionXml.Flag(shape.ValidForUpdateApi)),
            new XElement("ValidForReadApi", "1"),
            new XElement("ValidForCreateApi", SolutionXml.Flag(shape.ValidForCreateApi)),
            new XElement("IsCustomField", SolutionXml.Flag(shape.IsCustomField)),
            new XElement("IsAuditEnabled", SolutionXml.Flag(shape.IsAuditEnabled)),
            new XElement("IsSecured", "0"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("IsRenameable", "1"),
            new XElement("CanModifySearchSettings", "1"),
            new XElement("CanModifyRequirementLevelSettings", SolutionXml.Flag(shape.CanModifyRequirementLevelSettings)),
            new XElement("CanModifyAdditionalSettings", "1"),
            new XElement("SourceType", "0"),
            new XElement("IsGlobalFilterEnabled", "0"),
            new XElement("IsSortableEnabled", "0"),
            new XElement("CanModifyGlobalFilterSettings", "1"),
            new XElement("CanModifyIsSortableSettings", "1"),
            new XElement("IsDataSourceSecret", "0"),
            new XElement("AutoNumberFormat", string.Empty),
            new XElement("IsSearchable", SolutionXml.Flag(shape.IsSearchable)),
            new XElement("IsFilterable", SolutionXml.Flag(shape.IsFilterable)),
            new XElement("IsRetrievable", SolutionXml.Flag(shape.IsRetrievable)),
            new XElement("IsLocalizable", "0"),
            typeSettings,
            new XElement("displaynames", SolutionXml.Label("displayname", displayName)),
            new XElement("Descriptions", SolutionXml.Label("Description", description)));

    private static string TypeName(ColumnType type) => type switch
    {
        ColumnType.Text => "nvarchar",
        ColumnType.MultilineText => "ntext",
        ColumnType.WholeNumber => "int",
        ColumnType.DateAndTime => "datetime",
        ColumnType.Choice => "picklist",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No Dataverse type for this column type."),
    };

    /// <summary>
    /// The type's settings as the exports write them: a single line of text its MaxLength and Length (bytes, two per
    /// character); multiple lines of text MaxLength only (joshsmithxrm/ppds-demo ppds_DemoRecord's ppds_description,
    /// doz-visits-solution doz_visit's doz_notes); a whole number an empty Format (ppds-demo ppds_City's
    /// ppds_population, as exported in December 2025); a custom date and time its Format and Behavior, with no
    /// CanChangeDateTimeBehavior (doz_visit's doz_visit_date).
    /// </summary>
    private static XElement[] TypeSettings(TableDefinition table, ColumnDefinition column, string introducedVersion) => column.Type switch
    {
        ColumnType.Text =>
        [
            new XElement("Format", "text"),
            new XElement("MaxLength", Number(column.MaxLength)),
            new XElement("Length", Number(column.MaxLength * 2)),
        ],
        ColumnType.MultilineText =>
        [
            new XElement("Format", "textarea"),
            new XElement("MaxLength", Number(column.MaxLength)),
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

    // Element order of joshsmithxrm/ppds-demo ppds_City's EntityKey.
    private static XElement Key(AlternateKeyDefinition key, string introducedVersion) =>
        new(
            "EntityKey",
            new XElement("Name", key.LogicalName),
            new XElement("LogicalName", key.LogicalName),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("EntityKeyAttributes", key.Columns.Select(c => new XElement("AttributeName", c))),
            new XElement("displaynames", SolutionXml.Label("displayname", key.DisplayName)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What varies between one attribute element and the next, before the type's own settings.</summary>
    private sealed record AttributeShape(
        string PhysicalName,
        string LogicalName,
        string Type,
        string RequiredLevel,
        string? DisplayMask,
        string ImeMode,
        bool ValidForUpdateApi,
        bool ValidForCreateApi,
        bool IsCustomField,
        bool IsAuditEnabled,
        bool CanModifyRequirementLevelSettings,
        bool IsSearchable,
        bool IsFilterable,
        bool IsRetrievable);
}
