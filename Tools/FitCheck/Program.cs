using System;
using DualWrite.FitCheck;

// dotnet run --project Tools/FitCheck -c Release -- --help
return FitCheckCommand.Run(args, Console.Out, Environment.GetEnvironmentVariable);
