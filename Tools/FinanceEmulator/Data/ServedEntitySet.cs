using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>One entity set of the served model, with what the store needs of its entity type: key, properties, company.</summary>
public sealed class ServedEntitySet
{
    public const string CompanyKey = "dataAreaId";

    private readonly Dictionary<string, IEdmStructuralProperty> _byName;

    internal ServedEntitySet(IEdmEntitySet set)
    {
        EdmSet = set;
        EntityType = set.EntityType;
        Properties = EntityType.StructuralProperties().ToArray();
        _byName = Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        KeyPropertyNames = EntityType.Key().Select(k => k.Name).ToArray();
    }

    public IEdmEntitySet EdmSet { get; }

    public IEdmEntityType EntityType { get; }

    public string EntitySetName => EdmSet.Name;

    public string EntityTypeName => EntityType.Name;

    /// <summary>"Microsoft.Dynamics.DataEntities.ProjectV2", as Finance's messages name a type.</summary>
    public string QualifiedTypeName => EntityType.FullName();

    public IReadOnlyList<string> KeyPropertyNames { get; }

    public IReadOnlyList<IEdmStructuralProperty> Properties { get; }

    /// <summary>Whether rows belong to a company (the key includes dataAreaId) rather than being shared.</summary>
    public bool IsPerCompany => KeyPropertyNames.Contains(CompanyKey, StringComparer.Ordinal);

    public IEdmStructuralProperty? FindProperty(string name) => _byName.TryGetValue(name, out IEdmStructuralProperty? property) ? property : null;

    /// <summary>The served sets of a model, by name.</summary>
    internal static IReadOnlyDictionary<string, ServedEntitySet> Of(IEdmModel model) =>
        (model.EntityContainer?.EntitySets() ?? []).Select(s => new ServedEntitySet(s)).ToDictionary(s => s.EntitySetName, StringComparer.Ordinal);
}
