namespace System.Activities;

/// <summary>An argument whose direction is Out; see <see cref="OutArgument{T}"/>.</summary>
public abstract class OutArgument : Argument
{
    internal OutArgument(Type argumentType)
        : base(argumentType, ArgumentDirection.Out)
    {
    }
}
