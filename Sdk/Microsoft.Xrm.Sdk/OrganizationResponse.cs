using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The result of a message, by name, with its results; typed responses read their properties from Results.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results = new();

    [DataMember]
    public string? ResponseName { get; set; }

    [DataMember]
    public ParameterCollection Results
    {
        get => _results;
        set => _results = value ?? new ParameterCollection();
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>A result by name; reading one that is not there throws KeyNotFoundException.</summary>
    public object? this[string parameterName]
    {
        get => _results[parameterName];
        set => _results[parameterName] = value;
    }

    /// <summary>A typed response's result, or default when the platform did not return it; a value of another type throws InvalidCastException.</summary>
    internal T? Get<T>(string name) =>
        _results.TryGetValue(name, out object? value) && value is not null ? (T)value : default;
}
