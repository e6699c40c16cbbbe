#if NETFRAMEWORK
namespace System.Diagnostics.CodeAnalysis;

// .NET Framework 4.6.2 lacks the nullable-analysis attributes; the compiler honours an internal copy.
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class MaybeNullWhenAttribute : Attribute
{
    public MaybeNullWhenAttribute(bool returnValue)
    {
        ReturnValue = returnValue;
    }

    public bool ReturnValue { get; }
}
#endif
