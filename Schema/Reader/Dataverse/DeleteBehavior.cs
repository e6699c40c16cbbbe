namespace DualWrite.Schema.Dataverse;

/// <summary>A lookup's relationship's CascadeConfiguration.Delete, as far as the format records it.</summary>
public enum DeleteBehavior
{
    /// <summary>The lookup is cleared; the platform's default for a custom lookup, and what an absent CascadeDelete means.</summary>
    RemoveLink,

    /// <summary>The referencing rows are deleted with the row they point at.</summary>
    Cascade,

    /// <summary>The delete is refused while a row points at the row.</summary>
    Restrict,
}
