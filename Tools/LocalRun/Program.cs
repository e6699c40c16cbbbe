using System;
using Spectre.Console;

namespace DualWrite.LocalRun;

internal static class Program
{
    // Redirected (CI, a file): plain text, no colours or cursor movement, and wide enough for the summary's columns.
    private const int RedirectedWidth = 140;

    private static int Main(string[] args)
    {
        IAnsiConsole console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Console.Out),
            });
            console.Profile.Width = RedirectedWidth;
        }

        return LocalRunCommand.Run(args, console);
    }
}
