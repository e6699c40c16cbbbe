namespace Microsoft.Xrm.Sdk;

/// <summary>Related records carried with an entity (deep insert, or those a Retrieve asked for), by relationship.</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public override bool IsReadOnly => false;
}
