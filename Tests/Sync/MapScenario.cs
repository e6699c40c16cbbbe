using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Sync;

/// <summary>
/// A record one map sends, the exact Finance row it must become, a change of a mapped column with the Finance field
/// it must change, and a change of a column the map does not read.
/// </summary>
internal sealed record MapScenario(
    EntityReference Record,
    string EntitySet,
    IReadOnlyDictionary<string, object> ExpectedRow,
    (string Column, object Value) MappedChange,
    (string Field, object Value) ExpectedChange,
    (string Column, object Value) UnmappedChange);
