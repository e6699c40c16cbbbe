using System;
using System.Security.Cryptography;
using System.Text;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// How a solution names a plug-in type that a plug-in package (not a classic assembly) brings: the package import
/// creates the package's assemblies and types itself, so a step or custom API cannot carry their ids and instead
/// carries this key, which the import matches against the types it created.
/// </summary>
/// <remarks>
/// The platform does not document the key. It is the upper-case hex SHA-256 of
/// "lower(package unique name)|lower(assembly name)|type full name" (UTF-8); this reproduces every key of two real
/// exports (joshsmithxrm/ppds-demo solutions/PPDSDemo/src/SdkMessageProcessingSteps, Microsoft's
/// copilot-agentic-business-process core/solution/export/customapis), which the tests check.
/// </remarks>
public static class PluginTypeExportKey
{
    public static string For(string packageUniqueName, string assemblyName, string typeFullName)
    {
        string input = $"{packageUniqueName.ToLowerInvariant()}|{assemblyName.ToLowerInvariant()}|{typeFullName}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)));
    }
}
