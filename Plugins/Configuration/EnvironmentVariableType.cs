namespace DualWrite.Plugins.Configuration;

/// <summary>The data types of a Dataverse environment variable (environmentvariabledefinition.type).</summary>
public enum EnvironmentVariableType
{
    Text = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
}
