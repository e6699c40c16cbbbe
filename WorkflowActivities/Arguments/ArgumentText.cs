using System;

namespace DualWrite.WorkflowActivities.Arguments;

/// <summary>How the activities read their text arguments: the designer passes blanks for what the author left empty.</summary>
internal static class ArgumentText
{
    /// <summary>The trimmed text, or null when the argument is empty or blank.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    /// <summary>A record id given as text: a GUID other than the empty one.</summary>
    public static bool TryParseRecordId(string text, out Guid id) => Guid.TryParse(text, out id) && id != Guid.Empty;
}
