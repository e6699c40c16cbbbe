using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Support;

/// <summary>
/// What the test plug-ins saw, per organization (tests run in parallel, each with its own organization): a copy
/// of each context they ran with, in order. Plug-ins stay stateless; this log is the test's, not theirs.
/// </summary>
internal static class ExecutionLog
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Execution>> s_log = new();

    public static void Add(string label, IPluginExecutionContext context, object plugin) =>
        s_log.GetOrAdd(context.OrganizationId, _ => new ConcurrentQueue<Execution>())
            .Enqueue(new Execution(label, ((PluginExecutionContext)context).Copy(), context.ParentContext, plugin));

    public static IReadOnlyList<Execution> Of(Guid organizationId) =>
        s_log.TryGetValue(organizationId, out ConcurrentQueue<Execution>? executions) ? executions.ToArray() : [];

    public static IReadOnlyList<Execution> Of(Guid organizationId, string label) => Of(organizationId).Where(e => e.Label == label).ToArray();
}

/// <summary>One execution of a test plug-in: its label, a copy of its context, the parent context as it was handed over, and the plug-in instance.</summary>
internal sealed record Execution(string Label, PluginExecutionContext Context, IPluginExecutionContext? Parent, object Plugin);
