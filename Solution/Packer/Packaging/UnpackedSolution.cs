using System;
using System.Collections.Generic;
using System.IO;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>
/// The solution in the unpacked layout of SolutionPackager and pac solution unpack (Other/Solution.xml,
/// Other/Customizations.xml, Entities/, PluginAssemblies/, SdkMessageProcessingSteps/...), as files by '/'-separated path.
/// </summary>
public sealed class UnpackedSolution
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Add(string path, byte[] content)
    {
        if (!_files.TryAdd(path, content))
        {
            throw new InvalidOperationException($"The solution would hold {path} twice; two components have the same name.");
        }
    }

    /// <summary>Replaces <paramref name="directory"/> with the layout, for inspection and for pac solution pack.</summary>
    public void WriteTo(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach ((string path, byte[] content) in _files)
        {
            string target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
    }
}
