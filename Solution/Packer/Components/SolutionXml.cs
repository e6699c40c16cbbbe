using System.Xml.Linq;

namespace DualWrite.SolutionPacker.Components;

/// <summary>Names and small helpers the solution's XML files share.</summary>
public static class SolutionXml
{
    public const int EnglishLanguageCode = 1033;

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The xmlns:xsi declaration exported files carry on their root element.</summary>
    public static XAttribute XsiDeclaration => new(XNamespace.Xmlns + "xsi", Xsi);

    /// <summary>0 or 1, as exports write booleans.</summary>
    public static string Flag(bool value) => value ? "1" : "0";

    /// <summary>A localized label element (LocalizedName, Description, displayname, label...) in English.</summary>
    public static XElement Label(string elementName, string text) =>
        new(elementName, new XAttribute("description", text), new XAttribute("languagecode", EnglishLanguageCode));

    /// <summary>An element whose value is explicitly absent (xsi:nil), as exports write empty publisher fields.</summary>
    public static XElement Nil(string elementName) => new(elementName, new XAttribute(Xsi + "nil", "true"), string.Empty);
}
