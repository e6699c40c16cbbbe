using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// A column the platform creates on every custom table of an ownership type (created on, state...), as an export's
/// Entity.xml lists it: its schema name (the attribute's PhysicalName), type, the flags that differ from column to
/// column, the type's own settings, and the labels.
/// </summary>
/// <param name="DisplayMask">Null where the export writes no DisplayMask (organizationid, the time zone columns).</param>
/// <param name="TypeSettings">The type's elements that go between IsLocalizable and displaynames (lookup style, format, range).</param>
internal sealed record SystemColumn(
    string SchemaName,
    string Type,
    string RequiredLevel,
    string? DisplayMask,
    string ImeMode,
    bool ValidForUpdateApi,
    bool ValidForCreateApi,
    bool IsAuditEnabled,
    bool IsFilterable,
    bool IsRetrievable,
    XElement[] TypeSettings,
    string DisplayName,
    string Description)
{
    public string LogicalName => SchemaName.ToLowerInvariant();
}
