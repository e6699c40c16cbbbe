namespace DualWrite.SolutionPacker.App;

/// <summary>A FetchXML condition of a view: column, operator (eq, not-null, last-x-hours...) and value, if the operator takes one.</summary>
public sealed record ViewCondition(string Column, string Operator, string? Value = null);
