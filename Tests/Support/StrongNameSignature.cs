using System;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace DualWrite.Tests.Support;

/// <summary>
/// Checks an assembly's strong-name signature the way the .NET Framework loader does, so a public-signed or
/// delay-signed assembly (marked signed, but with no valid signature) cannot pass for a signed one.
/// </summary>
internal static class StrongNameSignature
{
    private const int SectionHeaderSize = 40;
    private const int CalgRsaSign = 0x2400;
    private const int CalgSha1 = 0x8004;

    public static bool IsValid(byte[] image)
    {
        using var pe = new PEReader(new System.IO.MemoryStream(image));
        PEHeaders headers = pe.PEHeaders;
        DirectoryEntry signatureDirectory = headers.CorHeader!.StrongNameSignatureDirectory;
        if (signatureDirectory.Size == 0 || !headers.TryGetDirectoryOffset(signatureDirectory, out int signatureOffset))
        {
            return false;
        }

        MetadataReader metadata = pe.GetMetadataReader();
        byte[] publicKey = metadata.GetBlobBytes(metadata.GetAssemblyDefinition().PublicKey);
        if (publicKey.Length <= 32)
        {
            return false; // the ECMA key or none: nothing to verify against
        }

        byte[] hash = Hash(image, headers, signatureOffset, signatureDirectory.Size);
        byte[] signature = image.AsSpan(signatureOffset, signatureDirectory.Size).ToArray();
        Array.Reverse(signature); // stored little-endian

        using RSA rsa = RSA.Create();
        rsa.ImportParameters(RsaParameters(publicKey));
        return rsa.VerifyHash(hash, signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    /// <summary>The strong-name public key blob for the public half of a CSP key-pair blob (an .snk file).</summary>
    public static byte[] PublicKeyOf(byte[] keyPairBlob)
    {
        using var rsa = new RSACryptoServiceProvider();
#pragma warning disable CA1416 // CSP blobs are supported on every platform .NET runs on for import and export
        rsa.ImportCspBlob(keyPairBlob);
        byte[] publicBlob = rsa.ExportCspBlob(includePrivateParameters: false);
#pragma warning restore CA1416
        // The compiler records the key as a signature key (CALG_RSA_SIGN) whatever the CSP blob says.
        BitConverter.GetBytes(CalgRsaSign).CopyTo(publicBlob, 4);
        // SigAlgId CALG_RSA_SIGN, HashAlgId CALG_SHA1, then the CSP PUBLICKEYBLOB.
        return [.. BitConverter.GetBytes(CalgRsaSign), .. BitConverter.GetBytes(CalgSha1), .. BitConverter.GetBytes(publicBlob.Length), .. publicBlob];
    }

    /// <summary>SHA-1 over the PE headers and sections, leaving out the checksum, the certificate directory and the signature itself.</summary>
    private static byte[] Hash(byte[] image, PEHeaders headers, int signatureOffset, int signatureSize)
    {
        byte[] copy = (byte[])image.Clone();
        int optionalHeader = headers.PEHeaderStartOffset;
        Array.Clear(copy, optionalHeader + 64, 4);
        Array.Clear(copy, optionalHeader + (headers.PEHeader!.Magic == PEMagic.PE32Plus ? 144 : 128), 8);
        Array.Clear(copy, signatureOffset, signatureSize);

        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        int headersEnd = headers.SectionHeaders.Length == 0 ? 0 : optionalHeader + headers.CoffHeader.SizeOfOptionalHeader + (SectionHeaderSize * headers.SectionHeaders.Length);
        sha1.AppendData(copy, 0, headersEnd);
        foreach (SectionHeader section in headers.SectionHeaders.OrderBy(s => s.PointerToRawData))
        {
            int start = section.PointerToRawData;
            int end = start + section.SizeOfRawData;
            if (signatureOffset >= start && signatureOffset < end)
            {
                sha1.AppendData(copy, start, signatureOffset - start);
                sha1.AppendData(copy, signatureOffset + signatureSize, end - signatureOffset - signatureSize);
            }
            else
            {
                sha1.AppendData(copy, start, section.SizeOfRawData);
            }
        }

        return sha1.GetHashAndReset();
    }

    private static RSAParameters RsaParameters(byte[] strongNamePublicKey)
    {
        // 12-byte strong-name header, 8-byte BLOBHEADER, then RSAPUBKEY: magic "RSA1", bit length, public exponent, modulus (little-endian).
        const int RsaPubKey = 12 + 8;
        int bitLength = BitConverter.ToInt32(strongNamePublicKey, RsaPubKey + 4);
        uint exponent = BitConverter.ToUInt32(strongNamePublicKey, RsaPubKey + 8);
        byte[] modulus = strongNamePublicKey.AsSpan(RsaPubKey + 12, bitLength / 8).ToArray();
        Array.Reverse(modulus);
        byte[] exponentBytes = BitConverter.GetBytes(exponent).Reverse().SkipWhile(b => b == 0).ToArray();
        return new RSAParameters { Modulus = modulus, Exponent = exponentBytes };
    }
}
