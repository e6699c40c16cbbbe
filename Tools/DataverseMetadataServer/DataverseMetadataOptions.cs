using System;
using DualWrite.Schema.Dataverse;

namespace DualWrite.DataverseMetadataServer;

/// <summary>How a loopback Dataverse metadata server starts: where it listens and which tables it describes.</summary>
public sealed class DataverseMetadataOptions
{
    /// <summary>https://127.0.0.1:&lt;port&gt;; port 0 picks a free one.</summary>
    public Uri Url { get; set; } = new("https://127.0.0.1:0");

    /// <summary>The tables it answers for; null for the recorded ones (Schema/Dataverse).</summary>
    public DataverseSnapshot? Tables { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
