using System;
using System.IO;

namespace DualWrite.FitCheck.Reading;

/// <summary>Reads a file the user gave, naming the option and the file when it cannot.</summary>
internal static class SavedFile
{
    public static string Read(string path, string option)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw FitCheckException.BadInput($"{option} {path}: cannot read it: {e.Message}", e);
        }
    }
}
