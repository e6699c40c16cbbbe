using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A message to execute, by name, with its parameters. The typed requests (CreateRequest, ...) keep every
/// property in Parameters under the platform's name, so a request can be executed generically by name.
/// </summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters = new();

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    [DataMember]
    public string? RequestName { get; set; }

    [DataMember]
    public ParameterCollection Parameters
    {
        get => _parameters;
        set => _parameters = value ?? new ParameterCollection();
    }

    [DataMember]
    public Guid? RequestId { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>A parameter by name; reading one that is not there throws KeyNotFoundException.</summary>
    public object? this[string parameterName]
    {
        get => _parameters[parameterName];
        set => _parameters[parameterName] = value;
    }

    /// <summary>A typed request's parameter, or default when it has not been set; a value of another type throws InvalidCastException.</summary>
    internal T? Get<T>(string name) =>
        _parameters.TryGetValue(name, out object? value) && value is not null ? (T)value : default;
}
