using System.Collections.Generic;

namespace DualWrite.SolutionPacker.Security;

/// <summary>A security role the solution ships: its name, what it is for, and its privileges.</summary>
public sealed record SecurityRole(string Name, string Description, IReadOnlyList<RolePrivilege> Privileges);
