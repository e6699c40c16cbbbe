using System;
using DualWrite.Testing.Schema;

namespace DualWrite.Testing.Messages;

/// <summary>The table and record a request is about: the context's PrimaryEntityName and PrimaryEntityId.</summary>
internal sealed record MessageTarget(TableSchema? Table, Guid Id)
{
    public string TableName => Table?.LogicalName ?? "none";
}
