namespace System.ServiceModel;

/// <summary>A SOAP fault received from (or raised by) a service. Its <see cref="Message"/> is the reason's text, as in WCF.</summary>
public class FaultException : CommunicationException
{
    private const string DefaultReasonText = "The creator of this fault did not specify a Reason.";

    public FaultException()
        : this(new FaultReason(DefaultReasonText), null, null)
    {
    }

    public FaultException(string reason)
        : this(new FaultReason(reason), null, null)
    {
    }

    public FaultException(FaultReason reason)
        : this(reason, null, null)
    {
    }

    public FaultException(string reason, FaultCode code)
        : this(new FaultReason(reason), code, null)
    {
    }

    public FaultException(FaultReason reason, FaultCode code)
        : this(reason, code, null)
    {
    }

    public FaultException(string reason, FaultCode code, string action)
        : this(new FaultReason(reason), code, action)
    {
    }

    public FaultException(FaultReason reason, FaultCode? code, string? action)
        : base(ReasonText(reason))
    {
        Reason = reason;
        // WCF's default code: a sender fault.
        Code = code ?? new FaultCode("Sender");
        Action = action;
    }

    public string? Action { get; }

    public FaultCode Code { get; }

    public FaultReason Reason { get; }

    public override string Message => Reason.GetMatchingTranslation().Text;

    private static string ReasonText(FaultReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.GetMatchingTranslation().Text;
    }
}
