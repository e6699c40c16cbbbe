using System;
using System.IO;
using System.IO.Compression;
using System.Xml.Linq;
using DualWrite.Tests.Solution;

namespace DualWrite.Tests.LocalRun.Support;

/// <summary>A copy of the built solution zip in a temporary file, with its customizations.xml changed; deleted on dispose.</summary>
internal sealed class ZipVariant : IDisposable
{
    public ZipVariant(Action<XElement> change)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dualwrite-localrun-{Guid.NewGuid():N}.zip");
        File.Copy(BuiltSolution.ZipPath(), Path);
        using ZipArchive archive = ZipFile.Open(Path, ZipArchiveMode.Update);
        ZipArchiveEntry entry = archive.GetEntry("customizations.xml")!;
        XDocument customizations;
        using (Stream stream = entry.Open())
        {
            customizations = XDocument.Load(stream);
        }

        change(customizations.Root!);
        entry.Delete();
        using Stream changed = archive.CreateEntry("customizations.xml").Open();
        customizations.Save(changed);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
