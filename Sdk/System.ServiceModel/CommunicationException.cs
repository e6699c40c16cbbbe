using System.Runtime.Serialization;

namespace System.ServiceModel;

/// <summary>A communication error on a service call; the base of FaultException.</summary>
public class CommunicationException : SystemException
{
    public CommunicationException()
    {
    }

    public CommunicationException(string message)
        : base(message)
    {
    }

    public CommunicationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
