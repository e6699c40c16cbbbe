using System.Globalization;

namespace System.ServiceModel;

/// <summary>A SOAP fault carrying a typed detail, such as Dataverse's OrganizationServiceFault.</summary>
public class FaultException<TDetail> : FaultException
{
    public FaultException(TDetail detail)
        : base()
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason)
        : base(reason)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason)
        : base(reason)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason, FaultCode code)
        : base(reason, code)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason, FaultCode code)
        : base(reason, code)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason, FaultCode code, string action)
        : base(reason, code, action)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason, FaultCode code, string action)
        : base(reason, code, action)
    {
        Detail = detail;
    }

    public TDetail Detail { get; }

    // WCF's wording, which names the detail type and shows the detail.
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0}: {1} (Fault Detail is equal to {2}).", GetType(), Message, Detail?.ToString() ?? "");
}
