using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;

namespace DualWrite.Testing.Pipeline;

/// <summary>The registered steps, found by message, table and stage in rank order (a cached list per combination).</summary>
internal sealed class StepRegistry
{
    private readonly List<StepRegistration> _steps = [];
    private readonly ConcurrentDictionary<(string Message, string Table, PipelineStage Stage), StepRegistration[]> _cache = new();
    private readonly object _lock = new();

    public IReadOnlyList<StepRegistration> All
    {
        get
        {
            lock (_lock)
            {
                return _steps.ToArray();
            }
        }
    }

    public StepRegistration Register(PluginStep step, string? secureConfiguration)
    {
        ArgumentNullException.ThrowIfNull(step);
        lock (_lock)
        {
            if (_steps.Any(s => string.Equals(s.Step.Name, step.Name, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"Step '{step.Name}' is registered already; the platform keeps one step per plug-in, message, table, stage and mode.");
            }

            var registration = new StepRegistration(step, secureConfiguration, _steps.Count);
            _steps.Add(registration);
            _cache.Clear();
            return registration;
        }
    }

    public StepRegistration[] For(string message, string table, PipelineStage stage) =>
        _cache.GetOrAdd((message, table, stage), key =>
        {
            lock (_lock)
            {
                return _steps
                    .Where(s => string.Equals(s.Step.Message, key.Message, StringComparison.Ordinal)
                        && string.Equals(s.Step.PrimaryEntity, key.Table, StringComparison.Ordinal)
                        && s.Step.Stage == key.Stage)
                    .OrderBy(s => s.Step.Rank)
                    .ThenBy(s => s.Order)
                    .ToArray();
            }
        });
}
