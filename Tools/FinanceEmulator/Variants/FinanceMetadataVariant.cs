using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DualWrite.Schema.Finance;

namespace DualWrite.FinanceEmulator.Variants;

/// <summary>
/// A Finance that differs from a snapshot by one named edit of its $metadata (and its /Metadata/DataEntities rows),
/// as a customer's version, extension or configuration would make it differ: an entity set published under another
/// name, a field removed, an enum member renamed. The edit is made on the snapshot's own CSDL text, never derived from
/// the maps, and refuses a name the snapshot does not have.
/// </summary>
public static class FinanceMetadataVariant
{
    private static readonly XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";

    /// <summary>The entity set published as <paramref name="newName"/>, in $metadata and in its DataEntities row.</summary>
    public static FinanceSnapshot RenameEntitySet(FinanceSnapshot snapshot, string entitySet, string newName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        XDocument csdl = Csdl(snapshot);
        XElement set = Single(csdl, "EntitySet", entitySet, "entity set");
        set.SetAttributeValue("Name", newName);
        JsonObject rows = DataEntitiesJson.Write(snapshot.DataEntities);
        JsonObject row = rows["value"]!.AsArray().OfType<JsonObject>().SingleOrDefault(r => (string?)r["PublicCollectionName"] == entitySet)
            ?? throw new ArgumentException($"No DataEntities row publishes '{entitySet}'.", nameof(entitySet));
        row["PublicCollectionName"] = newName;
        return FinanceSnapshot.FromService(csdl.ToString(), rows.ToJsonString());
    }

    /// <summary>The entity type without the property (a key property cannot be removed: the type would have no key).</summary>
    public static FinanceSnapshot RemoveProperty(FinanceSnapshot snapshot, string entityType, string property)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        XDocument csdl = Csdl(snapshot);
        XElement type = Single(csdl, "EntityType", entityType, "entity type");
        if (type.Elements(Edm + "Key").Elements(Edm + "PropertyRef").Any(k => (string?)k.Attribute("Name") == property))
        {
            throw new ArgumentException($"'{entityType}.{property}' is a key property.", nameof(property));
        }

        XElement declared = type.Elements(Edm + "Property").SingleOrDefault(p => (string?)p.Attribute("Name") == property)
            ?? throw new ArgumentException($"Entity type '{entityType}' has no property '{property}'.", nameof(property));
        declared.Remove();
        return FinanceSnapshot.FromService(csdl.ToString(), DataEntitiesJson.Write(snapshot.DataEntities).ToJsonString());
    }

    /// <summary>The enum member under another name, with the same value.</summary>
    public static FinanceSnapshot RenameEnumMember(FinanceSnapshot snapshot, string enumType, string member, string newName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        XDocument csdl = Csdl(snapshot);
        XElement type = Single(csdl, "EnumType", enumType, "enum type");
        XElement declared = type.Elements(Edm + "Member").SingleOrDefault(m => (string?)m.Attribute("Name") == member)
            ?? throw new ArgumentException($"Enum type '{enumType}' has no member '{member}'.", nameof(member));
        declared.SetAttributeValue("Name", newName);
        return FinanceSnapshot.FromService(csdl.ToString(), DataEntitiesJson.Write(snapshot.DataEntities).ToJsonString());
    }

    /// <summary>A Finance without the data entity at all: no DataEntities row, no entity set, no entity type.</summary>
    public static FinanceSnapshot RemoveEntity(FinanceSnapshot snapshot, string aotName)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        FinanceDataEntityRow row = snapshot.DataEntities.SingleOrDefault(r => r.Name == aotName)
            ?? throw new ArgumentException($"No DataEntities row is named '{aotName}'.", nameof(aotName));
        XDocument csdl = Csdl(snapshot);
        Single(csdl, "EntitySet", row.PublicCollectionName, "entity set").Remove();
        Single(csdl, "EntityType", row.PublicEntityName, "entity type").Remove();
        return FinanceSnapshot.FromService(csdl.ToString(), DataEntitiesJson.Write(snapshot.DataEntities.Where(r => r != row)).ToJsonString());
    }

    private static XDocument Csdl(FinanceSnapshot snapshot)
    {
        using var reader = new StreamReader(new MemoryStream(snapshot.WriteCsdl()), Encoding.UTF8);
        return XDocument.Load(reader);
    }

    private static XElement Single(XDocument csdl, string element, string name, string what) =>
        csdl.Descendants(Edm + element).SingleOrDefault(e => (string?)e.Attribute("Name") == name)
            ?? throw new ArgumentException($"The snapshot's $metadata declares no {what} '{name}'.", nameof(name));
}
