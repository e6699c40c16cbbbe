using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Hosting;

/// <summary>How an emulator starts: where it listens, what it serves, whose company is the default.</summary>
public sealed class FinanceEmulatorOptions
{
    /// <summary>https://127.0.0.1:&lt;port&gt;; port 0 picks a free one.</summary>
    public Uri Url { get; set; } = new("https://127.0.0.1:0");

    public IReadOnlyList<FinanceEntityDefinition> Entities { get; set; } = FinanceEntityCatalog.All;

    /// <summary>The caller's default company: where rows without dataAreaId go and what is seen without cross-company=true.</summary>
    public string DefaultCompany { get; set; } = "usmf";

    /// <summary>Where the rows are kept between runs; null keeps them in memory only.</summary>
    public string? StateFile { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
