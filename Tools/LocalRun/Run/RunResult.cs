using System;
using System.Collections.Generic;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Options;

namespace DualWrite.LocalRun.Run;

/// <summary>What a local run did and found: its options, the zip it ran, the figures, and the check's verdict.</summary>
public sealed record RunResult(
    LocalRunOptions Options,
    string ZipPath,
    int RegisteredSteps,
    IReadOnlyList<string> LegalEntities,
    RunSummary Summary,
    int ReplayRounds,
    CheckVerdict Verdict,
    TimeSpan CheckDuration);
