using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace System.ServiceModel;

/// <summary>The human-readable reason of a SOAP fault, in one or more languages.</summary>
public class FaultReason
{
    private readonly FaultReasonText[] _translations;

    public FaultReason(FaultReasonText translation)
    {
        ArgumentNullException.ThrowIfNull(translation);
        _translations = [translation];
    }

    public FaultReason(string text)
        : this(new FaultReasonText(text))
    {
    }

    public FaultReason(IEnumerable<FaultReasonText> translations)
    {
        ArgumentNullException.ThrowIfNull(translations);
        _translations = translations.ToArray();
        if (_translations.Length == 0)
        {
            throw new ArgumentException("A fault reason needs at least one translation.", nameof(translations));
        }

        if (_translations.Any(t => t is null))
        {
            throw new ArgumentException("A translation is null.", nameof(translations));
        }
    }

    public FaultReasonText GetMatchingTranslation() => GetMatchingTranslation(CultureInfo.CurrentCulture);

    /// <summary>As in WCF: the culture's own text, else its parent cultures', else a language-neutral one, else the first.</summary>
    public FaultReasonText GetMatchingTranslation(CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(cultureInfo);
        for (CultureInfo culture = cultureInfo; culture.Name.Length > 0; culture = culture.Parent)
        {
            FaultReasonText? match = _translations.FirstOrDefault(t => t.Matches(culture));
            if (match is not null)
            {
                return match;
            }
        }

        return _translations.FirstOrDefault(t => t.XmlLang.Length == 0) ?? _translations[0];
    }

    public override string ToString() => GetMatchingTranslation().Text;
}
