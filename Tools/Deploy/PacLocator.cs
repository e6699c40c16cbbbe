using System;
using System.IO;
using System.Linq;

namespace DualWrite.Deploy;

/// <summary>Finds the Power Platform CLI (pac) on the PATH.</summary>
public static class PacLocator
{
    public const string InstallHint = "Install the Power Platform CLI with: dotnet tool install --global Microsoft.PowerApps.CLI.Tool (then open a new terminal so ~/.dotnet/tools is on the PATH).";

    public static string? Find(string? path)
    {
        string[] names = OperatingSystem.IsWindows() ? ["pac.exe", "pac.cmd", "pac"] : ["pac"];
        return (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
