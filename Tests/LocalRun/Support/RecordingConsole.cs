using System.IO;
using Spectre.Console;

namespace DualWrite.Tests.LocalRun.Support;

/// <summary>A Spectre console writing plain text to memory, as when the output is redirected (CI): no colours, no cursor movement.</summary>
internal sealed class RecordingConsole
{
    private readonly StringWriter _writer = new();

    public RecordingConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString();
}
