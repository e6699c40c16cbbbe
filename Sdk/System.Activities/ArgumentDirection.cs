namespace System.Activities;

/// <summary>Which way data flows through an activity argument.</summary>
public enum ArgumentDirection
{
    In = 0,
    Out = 1,
    InOut = 2,
}
