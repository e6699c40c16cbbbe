using System.Globalization;

namespace System.ServiceModel;

/// <summary>The text of a SOAP fault reason in one language.</summary>
public class FaultReasonText
{
    public FaultReasonText(string text)
        : this(text, CultureInfo.CurrentCulture)
    {
    }

    public FaultReasonText(string text, string xmlLang)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(xmlLang);
        Text = text;
        XmlLang = xmlLang;
    }

    public FaultReasonText(string text, CultureInfo cultureInfo)
        : this(text, (cultureInfo ?? throw new ArgumentNullException(nameof(cultureInfo))).Name)
    {
    }

    public string Text { get; }

    public string XmlLang { get; }

    public bool Matches(CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(cultureInfo);
        return XmlLang == cultureInfo.Name;
    }
}
