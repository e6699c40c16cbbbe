using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// What Finance exposes for one data entity: the entity set (its public collection name), the entity type, the
/// key (always led by dataAreaId for company-specific entities) and the typed properties. The table maps produce
/// these; the emulator serves them as $metadata and enforces them.
/// </summary>
public sealed class FinanceEntityDefinition
{
    public const string CompanyKey = "dataAreaId";

    /// <summary>The CSDL namespace of Finance's data entities and their enums.</summary>
    public const string SchemaNamespace = "Microsoft.Dynamics.DataEntities";

    private readonly Dictionary<string, FinancePropertyDefinition> _byName;

    public FinanceEntityDefinition(string entitySetName, string entityTypeName, IReadOnlyList<string> keyPropertyNames, IReadOnlyList<FinancePropertyDefinition> properties)
    {
        if (string.IsNullOrWhiteSpace(entitySetName))
        {
            throw new ArgumentException("A Finance entity needs an entity set name.", nameof(entitySetName));
        }

        if (string.IsNullOrWhiteSpace(entityTypeName))
        {
            throw new ArgumentException($"Finance entity set '{entitySetName}' needs an entity type name.", nameof(entityTypeName));
        }

        EntitySetName = entitySetName;
        EntityTypeName = entityTypeName;
        Properties = properties.ToArray();
        _byName = new Dictionary<string, FinancePropertyDefinition>(StringComparer.Ordinal);
        foreach (FinancePropertyDefinition property in Properties)
        {
            if (_byName.ContainsKey(property.Name))
            {
                throw new ArgumentException($"Finance entity set '{entitySetName}' declares property '{property.Name}' twice.", nameof(properties));
            }

            _byName.Add(property.Name, property);
        }

        if (keyPropertyNames.Count == 0)
        {
            throw new ArgumentException($"Finance entity set '{entitySetName}' needs at least one key property.", nameof(keyPropertyNames));
        }

        foreach (string key in keyPropertyNames)
        {
            if (!_byName.TryGetValue(key, out FinancePropertyDefinition? property))
            {
                throw new ArgumentException($"Finance entity set '{entitySetName}' names key property '{key}', which is not one of its properties.", nameof(keyPropertyNames));
            }

            if (property.IsNullable)
            {
                throw new ArgumentException($"Finance entity set '{entitySetName}': key property '{key}' must not be nullable.", nameof(keyPropertyNames));
            }
        }

        KeyPropertyNames = keyPropertyNames.ToArray();
    }

    public string EntitySetName { get; }

    public string EntityTypeName { get; }

    /// <summary>The entity type's name as $metadata and Finance's messages qualify it: "Microsoft.Dynamics.DataEntities.Project".</summary>
    public string QualifiedTypeName => SchemaNamespace + "." + EntityTypeName;

    public IReadOnlyList<string> KeyPropertyNames { get; }

    public IReadOnlyList<FinancePropertyDefinition> Properties { get; }

    /// <summary>Whether rows belong to a company (the key includes dataAreaId) rather than being shared.</summary>
    public bool IsPerCompany => KeyPropertyNames.Contains(CompanyKey, StringComparer.Ordinal);

    public FinancePropertyDefinition? FindProperty(string name) => _byName.TryGetValue(name, out FinancePropertyDefinition? property) ? property : null;
}
