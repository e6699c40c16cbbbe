namespace DualWrite.Testing.Schema;

/// <summary>
/// What deleting a row does to the rows whose lookup points at it: the Delete behaviour of a 1:N relationship
/// (CascadeConfiguration.Delete), with the platform's CascadeType values.
/// </summary>
public enum CascadeDelete
{
    /// <summary>Nothing: the lookup keeps the deleted row's id. Only system relationships do this (asyncoperation.regardingobjectid).</summary>
    NoCascade = 0,

    /// <summary>The referencing rows are deleted too, each through its own Delete pipeline (a parental relationship).</summary>
    Cascade = 1,

    /// <summary>The lookup on the referencing rows is cleared (a referential relationship; the default of a custom lookup).</summary>
    RemoveLink = 4,

    /// <summary>The delete is refused while any row points at the row (a referential, restrict-delete relationship).</summary>
    Restrict = 5,
}
