using System;
using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.Identity;

/// <summary>
/// The last token MSAL gave per application (the static one per app registration and credential) and scope, served
/// while it is fresh. MSAL's own cache would serve it too, but builds a request and a result on every call; this
/// keeps one execution's token lookup to a dictionary read. Fresh means what MSAL means: more than five minutes
/// before it expires, after which MSAL is asked again.
/// </summary>
internal static class FreshTokenCache
{
    /// <summary>MSAL's own margin: it refreshes a token this long before it expires.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    // Safe for concurrent use; the results are immutable, and a race only means two executions both ask MSAL.
    private static readonly ConcurrentDictionary<(IConfidentialClientApplication Application, string Scope), AuthenticationResult> s_results = new();

    public static bool TryGet(IConfidentialClientApplication application, string scope, DateTimeOffset now, out AuthenticationResult result) =>
        s_results.TryGetValue((application, scope), out result!) && IsFresh(result, now);

    public static void Remember(IConfidentialClientApplication application, string scope, AuthenticationResult result) => s_results[(application, scope)] = result;

    private static bool IsFresh(AuthenticationResult result, DateTimeOffset now) => now < result.ExpiresOn - RefreshMargin;
}
