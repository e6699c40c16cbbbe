using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// The columns and relationships the platform gives every organization-owned custom table, as a real export lists
/// them: bravooomike/doz-visits-solution src/Entities/doz_Pharmacy/Entity.xml and src/Other/Relationships/
/// (Organization.xml, SystemUser.xml), exported from a live environment in November 2025. Flags, types, ranges,
/// labels and the state and status values are that export's; brendon-colburn/powerplatform-rules-engine
/// (Entities/bac_Rule/Entity.xml, 2023) lists the same columns. An organization-owned table has organizationid and
/// none of the owner columns (ownerid, owningbusinessunit, owninguser, owningteam) a user-owned table has; exports
/// list no versionnumber.
/// </summary>
internal static class OrganizationOwnedColumns
{
    public const string OwnershipTypeMask = "OrgOwned";

    private const string DisplayMask = "ValidForAdvancedFind|ValidForForm|ValidForGrid";

    /// <summary>The state values: 0 Active (default status 1) and 1 Inactive (default status 2).</summary>
    public static IReadOnlyList<(int Value, int DefaultStatus, string Name)> States { get; } = [(0, 1, "Active"), (1, 2, "Inactive")];

    /// <summary>The status reason values, each with its state.</summary>
    public static IReadOnlyList<(int Value, int State, string Label)> Statuses { get; } = [(1, 0, "Active"), (2, 1, "Inactive")];

    public static IReadOnlyList<SystemColumn> For(TableDefinition table, string introducedVersion) =>
    [
        UserLookup("CreatedBy", "Created By", "Unique identifier of the user who created the record."),
        Timestamp("CreatedOn", "Created On", "Date and time when the record was created."),
        UserLookup("CreatedOnBehalfBy", "Created By (Delegate)", "Unique identifier of the delegate user who created the record."),
        new("ImportSequenceNumber", "int", "none", "ValidForAdvancedFind", "disabled", ValidForUpdateApi: false, ValidForCreateApi: true, IsAuditEnabled: true, IsFilterable: false, IsRetrievable: false, WholeNumber("-2147483648"), "Import Sequence Number", "Sequence number of the import that created this record."),
        UserLookup("ModifiedBy", "Modified By", "Unique identifier of the user who modified the record."),
        Timestamp("ModifiedOn", "Modified On", "Date and time when the record was modified."),
        UserLookup("ModifiedOnBehalfBy", "Modified By (Delegate)", "Unique identifier of the delegate user who modified the record."),
        new("OrganizationId", "lookup", "none", null, "auto", ValidForUpdateApi: false, ValidForCreateApi: false, IsAuditEnabled: true, IsFilterable: false, IsRetrievable: false, [new XElement("LookupTypes")], "Organization Id", "Unique identifier for the organization"),
        new("OverriddenCreatedOn", "datetime", "none", "ValidForAdvancedFind|ValidForGrid", "inactive", ValidForUpdateApi: false, ValidForCreateApi: true, IsAuditEnabled: true, IsFilterable: false, IsRetrievable: false, DateAndTime("date"), "Record Created On", "Date and time that the record was migrated."),
        new("statecode", "state", "systemrequired", DisplayMask, "auto", ValidForUpdateApi: true, ValidForCreateApi: false, IsAuditEnabled: true, IsFilterable: true, IsRetrievable: false, [StateOptionSet(table, introducedVersion)], "Status", $"Status of the {table.DisplayName}"),
        new("statuscode", "status", "none", DisplayMask, "auto", ValidForUpdateApi: true, ValidForCreateApi: true, IsAuditEnabled: true, IsFilterable: false, IsRetrievable: false, [StatusOptionSet(table, introducedVersion)], "Status Reason", $"Reason for the status of the {table.DisplayName}"),
        new("TimeZoneRuleVersionNumber", "int", "none", null, "auto", ValidForUpdateApi: true, ValidForCreateApi: true, IsAuditEnabled: false, IsFilterable: false, IsRetrievable: false, WholeNumber("-1"), "Time Zone Rule Version Number", "For internal use only."),
        new("UTCConversionTimeZoneCode", "int", "none", null, "auto", ValidForUpdateApi: true, ValidForCreateApi: true, IsAuditEnabled: false, IsFilterable: false, IsRetrievable: false, WholeNumber("-1"), "UTC Conversion Time Zone Code", "Time zone code that was in use when the record was created."),
    ];

    /// <summary>
    /// The table's relationships to system tables that the export lists (its Other/Relationships.xml names no others
    /// for the table): created by and modified by to SystemUser, and the organization.
    /// </summary>
    public static IReadOnlyList<SystemRelationship> Relationships(TableDefinition table) =>
    [
        new($"lk_{table.LogicalName}_createdby", "SystemUser", "CreatedBy", "Unique identifier of the user who created the record."),
        new($"lk_{table.LogicalName}_modifiedby", "SystemUser", "ModifiedBy", "Unique identifier of the user who modified the record."),
        new($"organization_{table.LogicalName}", "Organization", "OrganizationId", "Unique identifier for the organization"),
    ];

    private static SystemColumn UserLookup(string schemaName, string displayName, string description) =>
        new(schemaName, "lookup", "none", DisplayMask, "auto", ValidForUpdateApi: false, ValidForCreateApi: false, IsAuditEnabled: false, IsFilterable: false, IsRetrievable: false, [new XElement("LookupStyle", "single"), new XElement("LookupTypes")], displayName, description);

    private static SystemColumn Timestamp(string schemaName, string displayName, string description) =>
        new(schemaName, "datetime", "none", DisplayMask, "inactive", ValidForUpdateApi: false, ValidForCreateApi: false, IsAuditEnabled: false, IsFilterable: true, IsRetrievable: true, DateAndTime("datetime"), displayName, description);

    // Behavior 1: user local, as the platform creates these columns.
    private static XElement[] DateAndTime(string format) => [new XElement("Format", format), new XElement("CanChangeDateTimeBehavior", "0"), new XElement("Behavior", "1")];

    private static XElement[] WholeNumber(string minValue) => [new XElement("Format", string.Empty), new XElement("MinValue", minValue), new XElement("MaxValue", "2147483647")];

    private static XElement StateOptionSet(TableDefinition table, string introducedVersion) =>
        OptionSet(
            table,
            "statecode",
            "state",
            "Status",
            $"Status of the {table.DisplayName}",
            introducedVersion,
            new XElement(
                "states",
                States.Select(s => new XElement(
                    "state",
                    new XAttribute("value", s.Value),
                    new XAttribute("defaultstatus", s.DefaultStatus),
                    new XAttribute("invariantname", s.Name),
                    new XElement("labels", SolutionXml.Label("label", s.Name))))));

    private static XElement StatusOptionSet(TableDefinition table, string introducedVersion) =>
        OptionSet(
            table,
            "statuscode",
            "status",
            "Status Reason",
            $"Reason for the status of the {table.DisplayName}",
            introducedVersion,
            new XElement(
                "statuses",
                Statuses.Select(s => new XElement(
                    "status",
                    new XAttribute("value", s.Value),
                    new XAttribute("state", s.State),
                    new XElement("labels", SolutionXml.Label("label", s.Label))))));

    private static XElement OptionSet(TableDefinition table, string column, string type, string displayName, string description, string introducedVersion, XElement values) =>
        new(
            "optionset",
            new XAttribute("Name", $"{table.LogicalName}_{column}"),
            new XElement("OptionSetType", type),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            new XElement("displaynames", SolutionXml.Label("displayname", displayName)),
            new XElement("Descriptions", SolutionXml.Label("Description", description)),
            values);
}
