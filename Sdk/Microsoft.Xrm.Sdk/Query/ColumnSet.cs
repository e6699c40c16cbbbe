using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns a query or Retrieve returns: the named ones, or all when AllColumns is set.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns = new();

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        _columns.AddRange(columns ?? Array.Empty<string>());
    }

    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns
    {
        get => _columns;
        set => _columns = value ?? new DataCollection<string>();
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    public void AddColumn(string column)
    {
        _columns.Add(column ?? throw new ArgumentNullException(nameof(column)));
    }

    public void AddColumns(params string[] columns)
    {
        foreach (string column in columns ?? throw new ArgumentNullException(nameof(columns)))
        {
            AddColumn(column);
        }
    }
}
