namespace DualWrite.Tests.Sdk.ServiceModel;

/// <summary>A fault detail in the shape of Dataverse's OrganizationServiceFault.</summary>
public sealed class SampleFaultDetail
{
    public int ErrorCode { get; init; }

    public string Message { get; init; } = "";

    public override string ToString() => $"{ErrorCode}: {Message}";
}
