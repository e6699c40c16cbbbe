using System;

namespace DualWrite.WorkflowActivities.Limits;

/// <summary>
/// The bounds Dataverse itself puts on a column type, which apply where the recorded schema gives no narrower one:
/// the SDK's MoneyAttributeMetadata, DecimalAttributeMetadata, IntegerAttributeMetadata and DateTimeAttributeMetadata
/// MinSupportedValue and MaxSupportedValue (learn.microsoft.com, Microsoft.Xrm.Sdk.Metadata).
/// </summary>
internal static class PlatformLimits
{
    public const decimal MoneyMinimum = -922337000000000m;
    public const decimal MoneyMaximum = 922337000000000m;
    public const decimal DecimalMinimum = -100000000000m;
    public const decimal DecimalMaximum = 100000000000m;
    public const decimal IntegerMinimum = int.MinValue;
    public const decimal IntegerMaximum = int.MaxValue;

    /// <summary>The earliest date a column holds (SQL Server's datetime starts here).</summary>
    public static readonly DateTime DateMinimum = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime DateMaximum = new(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc);
}
