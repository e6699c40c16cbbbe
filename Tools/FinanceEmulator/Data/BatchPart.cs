using System.Collections.Generic;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>One top-level part of a $batch: a change set (run atomically) or a single request.</summary>
internal sealed record BatchPart(bool IsChangeSet, IReadOnlyList<BatchRequest> Requests);
