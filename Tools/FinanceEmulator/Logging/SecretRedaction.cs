using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DualWrite.FinanceEmulator.Logging;

/// <summary>Takes secrets out of what the log keeps: the Authorization header and the credential fields of token requests.</summary>
internal static partial class SecretRedaction
{
    public const string Redacted = "(redacted)";
    private static readonly HashSet<string> s_secretHeaders = new(StringComparer.OrdinalIgnoreCase) { "Authorization", "Cookie", "Set-Cookie" };

    public static IReadOnlyDictionary<string, string> Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.ToDictionary(h => h.Key, h => s_secretHeaders.Contains(h.Key) ? Redacted : h.Value, StringComparer.OrdinalIgnoreCase);

    public static string FormBody(string body) => SecretField().Replace(body, m => m.Groups["name"].Value + "=" + Redacted);

    [GeneratedRegex(@"(?<name>client_secret|client_assertion|access_token|refresh_token)=[^&]*")]
    private static partial Regex SecretField();
}
