using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.SolutionPacker.Security;

/// <summary>
/// Roles/&lt;name&gt;.xml (inlined into customizations.xml's Roles when packed): a Role with its id and name and one
/// RolePrivilege per privilege with its depth, the shape of exported roles (the Role/RolePrivileges lists of public
/// exports found with find_string "level=\"Global\" /&gt;", e.g. the application-user role MicrosoftDocs lists for
/// event management: &lt;RolePrivilege name="prvAppendContact" level="Global" /&gt;).
/// </summary>
internal static class RoleXml
{
    public static XElement Create(SecurityRole role) =>
        new(
            "Role",
            new XAttribute("id", StepXml.Braced(ComponentIds.Role(role.Name).ToString())),
            new XAttribute("name", role.Name),
            new XElement(
                "RolePrivileges",
                role.Privileges.DistinctBy(p => p.Name).Select(p => new XElement("RolePrivilege", new XAttribute("name", p.Name), new XAttribute("level", p.Level)))));
}
