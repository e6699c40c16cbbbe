using System;
using System.IO;
using System.IO.Compression;
using System.Xml.Linq;
using DualWrite.Tests.Solution;

namespace DualWrite.Tests.LocalRun.Support;

/// <summary>A copy of the built solution zip in a temporary file, with its customizations.xml (and solution.xml) changed; deleted on dispose.</summary>
internal sealed class ZipVariant : IDisposable
{
    public ZipVariant(Action<XElement> change, Action<XElement>? changeManifest = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dualwrite-localrun-{Guid.NewGuid():N}.zip");
        File.Copy(BuiltSolution.ZipPath(), Path);
        using ZipArchive archive = ZipFile.Open(Path, ZipArchiveMode.Update);
        Change(archive, "customizations.xml", change);
        if (changeManifest is not null)
        {
            Change(archive, "solution.xml", changeManifest);
        }
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);

    private static void Change(ZipArchive archive, string entryName, Action<XElement> change)
    {
        ZipArchiveEntry entry = archive.GetEntry(entryName)!;
        XDocument document;
        using (Stream stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        change(document.Root!);
        entry.Delete();
        using Stream changed = archive.CreateEntry(entryName).Open();
        document.Save(changed);
    }
}
