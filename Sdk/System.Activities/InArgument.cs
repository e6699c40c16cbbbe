namespace System.Activities;

/// <summary>An argument whose direction is In; see <see cref="InArgument{T}"/>.</summary>
public abstract class InArgument : Argument
{
    internal InArgument(Type argumentType)
        : base(argumentType, ArgumentDirection.In)
    {
    }
}
