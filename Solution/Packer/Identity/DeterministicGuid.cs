using System;
using System.Security.Cryptography;
using System.Text;

namespace DualWrite.SolutionPacker.Identity;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so two builds produce
/// identical XML and a re-import updates the components it imported before instead of adding copies.
/// </summary>
public static class DeterministicGuid
{
    /// <summary>The namespace of every id this solution derives; changing it would orphan every installed component.</summary>
    public static readonly Guid SolutionNamespace = new("772b4ed7-88e1-4d9e-94f7-afca0fad2586");

    /// <summary>The id of <paramref name="name"/> within the solution's namespace.</summary>
    public static Guid For(string name) => Create(SolutionNamespace, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        byte[] hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
