using System;
using System.IO;
using DualWrite.SolutionPacker;

// dotnet DualWrite.SolutionPacker.dll pack --repo <root> --configuration <Debug|Release> [--managed]
// The build runs this after compiling (see DualWrite.SolutionPacker.csproj); it needs no other tool.
try
{
    string? repo = null, configuration = null;
    bool managed = false;
    for (int i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "pack":
                break;
            case "--repo" when i + 1 < args.Length:
                repo = args[++i];
                break;
            case "--configuration" when i + 1 < args.Length:
                configuration = args[++i];
                break;
            case "--managed":
                managed = true;
                break;
            default:
                Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: pack --repo <repository root> --configuration <Debug|Release> [--managed]");
                return 2;
        }
    }

    if (repo is null || configuration is null)
    {
        Console.Error.WriteLine("Usage: pack --repo <repository root> --configuration <Debug|Release> [--managed]");
        return 2;
    }

    string zip = PackCommand.Run(Path.GetFullPath(repo), configuration, managed);
    Console.WriteLine($"Dataverse solution: {zip}");
    return 0;
}
catch (Exception e) when (e is InvalidDataException or FileNotFoundException or InvalidOperationException or ArgumentException)
{
    // MSBuild shows "error :" lines as build errors with the message.
    Console.Error.WriteLine($"error : {e.Message}");
    return 1;
}
