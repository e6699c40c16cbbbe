using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Deploy;

/// <summary>One pac invocation. A secret argument is passed to pac but shown as *** wherever the command is printed.</summary>
public sealed class PacCommand
{
    private readonly int _secretIndex;

    public PacCommand(IReadOnlyList<string> arguments, int secretIndex = -1)
    {
        Arguments = arguments;
        _secretIndex = secretIndex;
    }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The command line as a shell would take it, with the secret masked.</summary>
    public override string ToString() =>
        "pac " + string.Join(" ", Arguments.Select((a, i) => i == _secretIndex ? "***" : Quote(a)));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=,@+".Contains(c))
            ? argument
            : "\"" + argument.Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
