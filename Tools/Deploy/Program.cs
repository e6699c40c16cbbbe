using System;
using System.IO;
using System.Text;
using DualWrite.Deploy;

try
{
    DeployOptions options = DeployOptions.Parse(args);
    var command = new DeployCommand(RepositoryRoot(), Console.Out, Console.Error);
    return command.Run(options, PacLocator.Find(Environment.GetEnvironmentVariable("PATH")), ReadSecret);
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or FileNotFoundException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

// The secret comes from the environment or the keyboard, and goes only to pac's argument list.
static string? ReadSecret()
{
    string? fromEnvironment = Environment.GetEnvironmentVariable(DeployPlan.SecretVariable);
    if (!string.IsNullOrEmpty(fromEnvironment) || Console.IsInputRedirected)
    {
        return fromEnvironment;
    }

    Console.Write("Client secret: ");
    var secret = new StringBuilder();
    for (ConsoleKeyInfo key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
    {
        if (key.Key == ConsoleKey.Backspace && secret.Length > 0)
        {
            secret.Length--;
        }
        else if (!char.IsControl(key.KeyChar))
        {
            secret.Append(key.KeyChar);
        }
    }

    Console.WriteLine();
    return secret.ToString();
}

// The repository is the nearest folder above the working directory or the tool that holds pac.config and the solution.
static string RepositoryRoot() =>
    DualWrite.SolutionPacker.Configuration.RepositoryRoot.Above(Environment.CurrentDirectory, "pac.config")
    ?? DualWrite.SolutionPacker.Configuration.RepositoryRoot.Above(AppContext.BaseDirectory, "pac.config")
    ?? throw new FileNotFoundException("No pac.config with DualWrite.Plugins.sln beside it above the working directory; run the deploy command inside the repository.");
