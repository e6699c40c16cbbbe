namespace DualWrite.SolutionPacker.Security;

/// <summary>
/// One privilege of a security role, named as the platform names it: prv + the access (Create, Read, Write, Delete,
/// Append, AppendTo) + the table's schema name, at a depth (Global: the whole organization).
/// </summary>
public sealed record RolePrivilege(string Access, string TableSchemaName, string Level = RolePrivilege.Global)
{
    public const string Global = "Global";

    public string Name => $"prv{Access}{TableSchemaName}";
}
