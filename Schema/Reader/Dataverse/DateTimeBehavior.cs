namespace DualWrite.Schema.Dataverse;

/// <summary>A DateTime column's DateTimeBehavior: how the platform stores and returns its values.</summary>
public enum DateTimeBehavior
{
    UserLocal,
    DateOnly,
    TimeZoneIndependent,
}
