using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class InvalidPluginExecutionExceptionTests
{
    // Exception's own HResult (COR_E_EXCEPTION): what ErrorCode reports when no code was given.
    private const int DefaultHResult = unchecked((int)0x80131500);

    [Fact]
    public void DefaultsAreFailedAndNotSet()
    {
        var exception = new InvalidPluginExecutionException("Credit limit exceeded.");

        Assert.Equal(OperationStatus.Failed, exception.Status);
        Assert.Equal(PluginHttpStatusCode.NotSet, exception.HttpStatus);
        Assert.Equal("Credit limit exceeded.", exception.Message);
    }

    [Fact]
    public void ErrorCodeIsTheGivenCodeAndOtherwiseTheExceptionHResult()
    {
        Assert.Equal(DefaultHResult, new InvalidPluginExecutionException().ErrorCode);
        Assert.Equal(DefaultHResult, new InvalidPluginExecutionException("m").ErrorCode);
        Assert.Equal(DefaultHResult, new InvalidPluginExecutionException(OperationStatus.Canceled, "m").ErrorCode);
        Assert.Equal(DefaultHResult, new InvalidPluginExecutionException("m", PluginHttpStatusCode.Conflict).ErrorCode);

        var coded = new InvalidPluginExecutionException(OperationStatus.Failed, -2147220891, "m");
        Assert.Equal(-2147220891, coded.ErrorCode);
        Assert.Equal(coded.HResult, coded.ErrorCode);

        // 0 means "no code", not a code of 0.
        Assert.Equal(DefaultHResult, new InvalidPluginExecutionException(OperationStatus.Failed, 0, "m").ErrorCode);
    }

    [Fact]
    public void StatusAndHttpStatusComeFromTheConstructor()
    {
        var retry = new InvalidPluginExecutionException(OperationStatus.Retry, 42, "later", PluginHttpStatusCode.ServiceUnavailable);
        var canceled = new InvalidPluginExecutionException(OperationStatus.Canceled);
        var conflict = new InvalidPluginExecutionException("duplicate", PluginHttpStatusCode.Conflict);

        Assert.Equal((OperationStatus.Retry, 42, PluginHttpStatusCode.ServiceUnavailable), (retry.Status, retry.ErrorCode, retry.HttpStatus));
        Assert.Equal(OperationStatus.Canceled, canceled.Status);
        Assert.Equal(string.Empty, canceled.Message);
        Assert.Equal((OperationStatus.Failed, PluginHttpStatusCode.Conflict), (conflict.Status, conflict.HttpStatus));
    }

    [Fact]
    public void WrappingAPluginExceptionKeepsItsHttpStatusButNotItsStatus()
    {
        var inner = new InvalidPluginExecutionException(OperationStatus.Canceled, 7, "inner", PluginHttpStatusCode.Forbidden);

        var outer = new InvalidPluginExecutionException("outer", inner);

        Assert.Same(inner, outer.InnerException);
        Assert.Equal(PluginHttpStatusCode.Forbidden, outer.HttpStatus);
        Assert.Equal(OperationStatus.Failed, outer.Status);
        Assert.Equal(DefaultHResult, outer.ErrorCode);
    }

    [Fact]
    public void WrappingAnyOtherExceptionLeavesHttpStatusNotSet()
    {
        var outer = new InvalidPluginExecutionException("outer", new TimeoutException());

        Assert.Equal(PluginHttpStatusCode.NotSet, outer.HttpStatus);
        Assert.IsType<TimeoutException>(outer.InnerException);
    }
}
