using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Schema.Finance;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Hosting;

/// <summary>How an emulator starts: where it listens, what it serves, whose company is the default.</summary>
public sealed class FinanceEmulatorOptions
{
    /// <summary>https://127.0.0.1:&lt;port&gt;; port 0 picks a free one.</summary>
    public Uri Url { get; set; } = new("https://127.0.0.1:0");

    /// <summary>
    /// Entity definitions of a test's own, served (as the model built from them) instead of the recorded snapshot.
    /// Never the plug-in's maps: what Finance has is the recorded schema's to say.
    /// </summary>
    public IReadOnlyList<FinanceEntityDefinition>? Entities { get; set; }

    /// <summary>
    /// The model to serve as $metadata and validate every request against (namespace Microsoft.Dynamics.DataEntities);
    /// null (and no <see cref="Entities"/>) serves the recorded snapshot (Schema/Finance) with its DataEntities rows.
    /// </summary>
    public IEdmModel? Model { get; set; }

    /// <summary>The /Metadata/DataEntities rows served with <see cref="Model"/>; that endpoint answers only when there are some.</summary>
    public IReadOnlyList<FinanceDataEntityRow>? DataEntities { get; set; }

    /// <summary>The caller's default company: where rows without dataAreaId go and what is seen without cross-company=true.</summary>
    public string DefaultCompany { get; set; } = "usmf";

    /// <summary>Where the rows are kept between runs; null keeps them in memory only.</summary>
    public string? StateFile { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Serves a Finance snapshot (the recorded one is FinanceSnapshot.Load()): its model and its DataEntities rows.</summary>
    public FinanceEmulatorOptions ServeSnapshot(FinanceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Entities = null;
        Model = snapshot.Model;
        DataEntities = snapshot.DataEntities;
        return this;
    }
}
