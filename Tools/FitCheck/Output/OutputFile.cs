using System.IO;

namespace DualWrite.FitCheck.Output;

/// <summary>Writes a file the fit check produces, creating its folder.</summary>
internal static class OutputFile
{
    public static void Write(string path, string text)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text);
    }
}
