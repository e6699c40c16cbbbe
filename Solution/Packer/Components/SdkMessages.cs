using System;
using System.Collections.Generic;

namespace DualWrite.SolutionPacker.Components;

/// <summary>
/// The sdkmessage ids of the platform messages a step may register on. Platform messages have the same id in every
/// Dataverse environment, which is why an exported step names its message by id alone.
/// </summary>
public static class SdkMessages
{
    private static readonly Dictionary<string, Guid> s_ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    public static IReadOnlyCollection<string> Names => s_ids.Keys;

    /// <summary>The id of <paramref name="message"/>; a message not listed here is refused, naming the step.</summary>
    public static Guid IdOf(string message, string stepName) =>
        s_ids.TryGetValue(message, out Guid id)
            ? id
            : throw new InvalidOperationException($"Step '{stepName}': the solution build knows no sdkmessage id for message '{message}'; known messages are {string.Join(", ", s_ids.Keys)}. Add the platform's id to {nameof(SdkMessages)}.");
}
