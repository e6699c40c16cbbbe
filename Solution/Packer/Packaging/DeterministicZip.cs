using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>Writes a zip whose bytes depend only on its entries: given order, fixed timestamps, no extra fields.</summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset s_timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string path, byte[] content) in entries)
            {
                ZipArchiveEntry entry = archive.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = s_timestamp;
                using Stream target = entry.Open();
                target.Write(content);
            }
        }

        return stream.ToArray();
    }
}
