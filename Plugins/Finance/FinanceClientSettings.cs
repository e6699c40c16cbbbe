using System;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Where Finance is and how long the client may spend on it. The budget covers one whole operation (every
/// request, retry and wait of one execution) and stays well inside the sandbox's 2-minute limit.
/// </summary>
public sealed class FinanceClientSettings
{
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultOperationBudget = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan SandboxLimit = TimeSpan.FromMinutes(2);
    public const int DefaultMaxAttempts = 5;

    public FinanceClientSettings(
        Uri financeUrl,
        TimeSpan? requestTimeout = null,
        TimeSpan? operationBudget = null,
        int maxAttempts = DefaultMaxAttempts,
        TimeSpan? backoffBase = null,
        TimeSpan? backoffMax = null)
    {
        if (financeUrl is null || !financeUrl.IsAbsoluteUri || financeUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The Finance URL '{financeUrl}' must be an absolute https URL such as https://contoso.operations.dynamics.com.", nameof(financeUrl));
        }

        FinanceUrl = new Uri(financeUrl.GetLeftPart(UriPartial.Authority));
        DataRoot = new Uri(FinanceUrl, "/data/");
        Scope = FinanceUrl.AbsoluteUri.TrimEnd('/') + "/.default";
        RequestTimeout = Positive(requestTimeout ?? DefaultRequestTimeout, "request timeout", nameof(requestTimeout));
        OperationBudget = Positive(operationBudget ?? DefaultOperationBudget, "operation budget", nameof(operationBudget));
        if (OperationBudget >= SandboxLimit)
        {
            throw new ArgumentException($"The Finance operation budget of {OperationBudget.TotalSeconds:0.#} s must stay inside the sandbox's 2-minute limit.", nameof(operationBudget));
        }

        if (maxAttempts < 1)
        {
            throw new ArgumentException($"The Finance client needs at least one attempt per request, not {maxAttempts}.", nameof(maxAttempts));
        }

        MaxAttempts = maxAttempts;
        BackoffBase = Positive(backoffBase ?? TimeSpan.FromSeconds(0.5), "backoff base", nameof(backoffBase));
        BackoffMax = Positive(backoffMax ?? TimeSpan.FromSeconds(8), "backoff maximum", nameof(backoffMax));
    }

    /// <summary>The environment's root, e.g. https://contoso.operations.dynamics.com (also the token audience).</summary>
    public Uri FinanceUrl { get; }

    /// <summary>The OData service root: &lt;finance url&gt;/data/.</summary>
    public Uri DataRoot { get; }

    /// <summary>The client-credentials scope of Finance: &lt;finance url&gt;/.default.</summary>
    public string Scope { get; }

    /// <summary>The longest one request may take before it counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; }

    public TimeSpan OperationBudget { get; }

    /// <summary>Tries per request, the first included.</summary>
    public int MaxAttempts { get; }

    public TimeSpan BackoffBase { get; }

    public TimeSpan BackoffMax { get; }

    private static TimeSpan Positive(TimeSpan value, string what, string parameter) =>
        value > TimeSpan.Zero ? value : throw new ArgumentException($"The Finance {what} must be positive, not {value}.", parameter);
}
