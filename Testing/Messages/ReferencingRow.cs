using System;
using DualWrite.Testing.Schema;

namespace DualWrite.Testing.Messages;

/// <summary>A row whose lookup column points at a row being deleted.</summary>
internal sealed record ReferencingRow(TableSchema Table, ColumnSchema Column, Guid Id);
