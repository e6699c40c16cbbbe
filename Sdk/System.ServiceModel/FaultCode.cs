namespace System.ServiceModel;

/// <summary>The code of a SOAP fault: a qualified name, optionally refined by a sub-code.</summary>
public class FaultCode
{
    private const string Soap12Namespace = "http://www.w3.org/2003/05/soap-envelope";
    private const string Soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";

    public FaultCode(string name)
        : this(name, "", null)
    {
    }

    public FaultCode(string name, FaultCode? subCode)
        : this(name, "", subCode)
    {
    }

    public FaultCode(string name, string ns)
        : this(name, ns, null)
    {
    }

    public FaultCode(string name, string ns, FaultCode? subCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(ns);
        Name = name;
        Namespace = ns;
        SubCode = subCode;
    }

    public string Name { get; }

    public string Namespace { get; }

    public FaultCode? SubCode { get; }

    /// <summary>Whether this is one of SOAP's own codes (no namespace, or a SOAP envelope namespace).</summary>
    public bool IsPredefinedFault => Namespace.Length == 0 || Namespace == Soap12Namespace || Namespace == Soap11Namespace;

    // SOAP 1.1 calls the sender "Client" and the receiver "Server".
    public bool IsSenderFault => IsPredefinedFault && (Name == "Sender" || Name == "Client");

    public bool IsReceiverFault => IsPredefinedFault && (Name == "Receiver" || Name == "Server");

    public static FaultCode CreateSenderFaultCode(FaultCode subCode) => new("Sender", subCode);

    public static FaultCode CreateSenderFaultCode(string name, string ns) => new("Sender", new FaultCode(name, ns));

    public static FaultCode CreateReceiverFaultCode(FaultCode subCode)
    {
        ArgumentNullException.ThrowIfNull(subCode);
        return new FaultCode("Receiver", subCode);
    }

    public static FaultCode CreateReceiverFaultCode(string name, string ns) => new("Receiver", new FaultCode(name, ns));
}
