using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plug-in throws to fail the operation with a message for the user. ErrorCode is the
/// exception's HResult: the code given to the constructor, or Exception's default when none (or 0) is given.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    private readonly OperationStatus _status = OperationStatus.Failed;
    private readonly PluginHttpStatusCode _httpStatus = PluginHttpStatusCode.NotSet;

    public InvalidPluginExecutionException()
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    // The status stays Failed whatever the inner exception says; only an inner plug-in exception's HTTP status carries over.
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        if (exception is InvalidPluginExecutionException inner)
        {
            _httpStatus = inner.HttpStatus;
        }
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : base(message)
    {
        _status = status;
        _httpStatus = httpStatus;

        // 0 means "no specific code": the HResult keeps Exception's default.
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public OperationStatus Status => _status;

    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus => _httpStatus;
}
