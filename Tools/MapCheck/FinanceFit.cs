using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Schema.Finance;
using Microsoft.OData.Edm;

namespace DualWrite.MapCheck;

/// <summary>
/// Whether a Finance entity a map writes fits a Finance schema: the data entity behind it (its AOT name), the entity
/// set and type, the key, every property with its EDM type, and every enum member the map sends.
/// </summary>
internal static class FinanceFit
{
    public static IEnumerable<MapMismatch> Check(string map, string? aotName, FinanceEntityDefinition sent, IReadOnlyDictionary<string, IReadOnlyCollection<string>> sentMembers, IReadOnlyCollection<string> writtenBack, FinanceSnapshot finance)
    {
        if (aotName is not null)
        {
            FinanceDataEntityRow? row = finance.DataEntities.FirstOrDefault(r => r.Name == aotName);
            if (row is null)
            {
                yield return new MapMismatch(map, aotName, "no such data entity", ClosestNames.To(aotName, finance.DataEntities.Select(r => r.Name)));
            }
            else if (row.PublicCollectionName != sent.EntitySetName)
            {
                yield return new MapMismatch(map, sent.EntitySetName, $"data entity {aotName} is published as another entity set", "'" + row.PublicCollectionName + "'");
            }
        }

        IEdmEntitySet? set = finance.Model.EntityContainer?.FindEntitySet(sent.EntitySetName);
        if (set is null)
        {
            yield return new MapMismatch(map, sent.EntitySetName, "no such entity set",
                ClosestNames.To(sent.EntitySetName, finance.Model.EntityContainer?.EntitySets().Select(s => s.Name) ?? []));
            yield break;
        }

        IEdmEntityType type = set.EntityType;
        if (type.Name != sent.EntityTypeName)
        {
            yield return new MapMismatch(map, sent.EntitySetName, $"the entity set's type is not {sent.EntityTypeName}", "'" + type.Name + "'");
        }

        string[] keys = type.Key().Select(k => k.Name).OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        string[] sentKeys = sent.KeyPropertyNames.OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        if (!keys.SequenceEqual(sentKeys))
        {
            yield return new MapMismatch(map, type.Name + " key", $"the map keys rows by {string.Join(", ", sentKeys)}", string.Join(", ", keys));
        }

        foreach (FinancePropertyDefinition property in sent.Properties)
        {
            string name = type.Name + "." + property.Name;
            IEdmProperty? declared = type.FindProperty(property.Name);
            if (declared is null)
            {
                yield return new MapMismatch(map, name, "no such property", ClosestNames.To(property.Name, type.StructuralProperties().Select(p => p.Name)));
                continue;
            }

            IEdmTypeReference declaredType = declared.Type;
            if (!declaredType.IsNullable && property.IsNullable && !writtenBack.Contains(property.Name))
            {
                yield return new MapMismatch(map, name, "Finance declares it not nullable, but the map may send no value (make it required or give it a default)");
            }

            if (property.EnumType is FinanceEnumType enumType)
            {
                if (declaredType.Definition is not IEdmEnumType declaredEnum)
                {
                    yield return new MapMismatch(map, name, $"the map sends an enum ({enumType.Name})", declaredType.FullName());
                    continue;
                }

                if (declaredEnum.Name != enumType.Name)
                {
                    yield return new MapMismatch(map, name, $"the map sends enum {enumType.Name}", declaredEnum.Name);
                }

                foreach (FinanceEnumMember member in enumType.Members)
                {
                    IEdmEnumMember? real = declaredEnum.Members.FirstOrDefault(m => m.Name == member.Name);
                    if (real is null)
                    {
                        yield return new MapMismatch(map, declaredEnum.Name + "." + member.Name, "no such enum member", ClosestNames.To(member.Name, declaredEnum.Members.Select(m => m.Name)));
                    }
                    else if (real.Value.Value != member.Value)
                    {
                        yield return new MapMismatch(map, declaredEnum.Name + "." + member.Name, $"the map gives it value {member.Value}", real.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }

                foreach (string member in sentMembers.TryGetValue(property.Name, out IReadOnlyCollection<string>? names) ? names : [])
                {
                    if (declaredEnum.Members.All(m => m.Name != member) && enumType.FindMember(member) is null)
                    {
                        yield return new MapMismatch(map, declaredEnum.Name + "." + member, "the map sends a member the enum does not have", ClosestNames.To(member, declaredEnum.Members.Select(m => m.Name)));
                    }
                }

                continue;
            }

            string expected = "Edm." + property.Type;
            if (declaredType.FullName() != expected)
            {
                yield return new MapMismatch(map, name, $"the map sends {expected}", declaredType.FullName());
            }
        }
    }
}
