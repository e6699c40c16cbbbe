namespace System.Activities;

/// <summary>An argument whose direction is InOut; see <see cref="InOutArgument{T}"/>.</summary>
public abstract class InOutArgument : Argument
{
    internal InOutArgument(Type argumentType)
        : base(argumentType, ArgumentDirection.InOut)
    {
    }
}
