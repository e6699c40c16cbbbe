using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// The relationships from system tables to the project's tables, laid out as pac solution unpack lays them out
/// (bravooomike/doz-visits-solution src/Other/Relationships.xml and src/Other/Relationships/&lt;Referenced&gt;.xml):
/// an index naming every relationship, and one file per referenced system table holding the full elements, which
/// packing puts into customizations.xml's EntityRelationships.
/// </summary>
internal static class RelationshipXml
{
    /// <summary>Other/Relationships.xml: the relationships' names, sorted.</summary>
    public static XElement Index(IEnumerable<SystemRelationship> relationships) =>
        new(
            "EntityRelationships",
            SolutionXml.XsiDeclaration,
            relationships.Select(r => r.Name).Order(System.StringComparer.Ordinal).Select(name => new XElement("EntityRelationship", new XAttribute("Name", name))));

    /// <summary>Other/Relationships/&lt;Referenced&gt;.xml: the full relationships one system table is referenced by, sorted by name.</summary>
    public static XElement ReferencedBy(IEnumerable<(TableDefinition Table, SystemRelationship Relationship)> relationships, string introducedVersion) =>
        new(
            "EntityRelationships",
            SolutionXml.XsiDeclaration,
            relationships.OrderBy(r => r.Relationship.Name, System.StringComparer.Ordinal).Select(r => Relationship(r.Table, r.Relationship, introducedVersion)));

    private static XElement Relationship(TableDefinition table, SystemRelationship relationship, string introducedVersion) =>
        new(
            "EntityRelationship",
            new XAttribute("Name", relationship.Name),
            new XElement("EntityRelationshipType", "OneToMany"),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsHierarchical", "0"),
            new XElement("ReferencingEntityName", table.LogicalName),
            new XElement("ReferencedEntityName", relationship.ReferencedEntity),
            new XElement("CascadeAssign", "NoCascade"),
            new XElement("CascadeDelete", "NoCascade"),
            new XElement("CascadeArchive", "NoCascade"),
            new XElement("CascadeReparent", "NoCascade"),
            new XElement("CascadeShare", "NoCascade"),
            new XElement("CascadeUnshare", "NoCascade"),
            new XElement("ReferencingAttributeName", relationship.ReferencingAttribute),
            new XElement("RelationshipDescription", new XElement("Descriptions", SolutionXml.Label("Description", relationship.Description))));
}
