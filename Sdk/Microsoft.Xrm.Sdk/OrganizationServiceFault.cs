using System.Globalization;
using System.Runtime.Serialization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault of an organization service call: a FaultException&lt;OrganizationServiceFault&gt; carries it.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public class OrganizationServiceFault : BaseServiceFault
{
    [DataMember]
    public string? TraceText { get; set; }

    [DataMember]
    public OrganizationServiceFault? InnerFault { get; set; }

    /// <summary>The code (as the platform writes it, 0x8004...), message and any inner faults, one per line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (OrganizationServiceFault? fault = this; fault is not null; fault = fault.InnerFault)
        {
            if (text.Length > 0)
            {
                text.Append("\n  ---> ");
            }

            text.Append(string.Format(CultureInfo.InvariantCulture, "OrganizationServiceFault 0x{0:X8} ({0}): {1}", fault.ErrorCode, fault.Message));
        }

        return text.ToString();
    }
}
