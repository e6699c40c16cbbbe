using System.Collections.Generic;

namespace DualWrite.SolutionPacker.Configuration;

/// <summary>
/// A Dataverse environment the solution is deployed to, from pac.config. <see cref="EnvironmentVariables"/> holds the
/// values (never secrets) the import sets for the solution's environment variables there.
/// </summary>
public sealed record DeploymentEnvironment(string Name, string Url, bool Default, IReadOnlyDictionary<string, string> EnvironmentVariables);
