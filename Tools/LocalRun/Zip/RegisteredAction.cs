using System;
using System.Collections.Generic;

namespace DualWrite.LocalRun.Zip;

/// <summary>A custom process action a solution zip defines: its message name, the activity its definition runs (resolved in the local build) and its parameters' names.</summary>
public sealed record RegisteredAction(string UniqueName, Type ActivityType, IReadOnlyList<string> Parameters);
