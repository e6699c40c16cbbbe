using System.Collections.Generic;
using System.Text;

namespace DualWrite.SolutionPacker.Assemblies;

/// <summary>
/// A plug-in or workflow activity type found in a shipped assembly, with the friendly names its
/// System.ComponentModel attributes give it (DisplayName, Description and, for activities, Category).
/// </summary>
public sealed record RegisteredType(string FullName, string Name, RegisteredTypeKind Kind, string? DisplayName, string? Description, string? Category)
{
    /// <summary>A workflow activity's [Input] and [Output] arguments, in declaration order; none for a plug-in.</summary>
    public IReadOnlyList<ActivityArgument> Arguments { get; init; } = [];

    /// <summary>The name the Plugin Registration Tool and the workflow designer show: the DisplayName, or the class name in words.</summary>
    public string FriendlyName => string.IsNullOrWhiteSpace(DisplayName) ? InWords(Name) : DisplayName;

    private static string InWords(string className)
    {
        var words = new StringBuilder(className.Length + 8);
        for (int i = 0; i < className.Length; i++)
        {
            char c = className[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(className[i - 1]) || (i + 1 < className.Length && char.IsLower(className[i + 1]))))
            {
                words.Append(' ');
            }

            words.Append(c);
        }

        return words.ToString();
    }
}
