using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Packaging;

/// <summary>Serializes XML the same way every time (UTF-8 without BOM, two-space indent, \n), so builds are byte-identical.</summary>
public static class XmlBytes
{
    public static byte[] Of(XElement root, bool declaration = true)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            OmitXmlDeclaration = !declaration,
        };

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            root.Save(writer);
        }

        return stream.ToArray();
    }

    public static XDocument Parse(byte[] bytes, string path)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return XDocument.Load(stream);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path} is not well-formed XML: {e.Message}", e);
        }
    }
}
