using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Sdk.Activities;

/// <summary>An extension for the host to offer: a tracing service that keeps what it is given.</summary>
public sealed class RecordingTracingService : ITracingService
{
    public List<string> Lines { get; } = [];

    public void Trace(string format, params object[] args) => Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
}
