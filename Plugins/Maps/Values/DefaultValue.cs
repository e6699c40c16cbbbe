using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>Dual-write's Default transform: the fallback when the source is empty, or a constant when there is no source.</summary>
public sealed class DefaultValue : SourceValue
{
    private readonly SourceValue? _source;
    private readonly object _fallback;

    public DefaultValue(object fallback, SourceValue? source = null)
    {
        _fallback = fallback;
        _source = source;
    }

    public override IReadOnlyList<string> Columns => _source?.Columns ?? [];

    public override IEnumerable<ColumnUse> Uses(string table) => _source?.Uses(table) ?? [];

    public override IEnumerable<string> SentMembers => (_source?.SentMembers ?? []).Concat(_fallback is string member ? [member] : []);

    public override object? Read(Entity record, RelatedRecords related) => _source?.Read(record, related) ?? _fallback;
}
