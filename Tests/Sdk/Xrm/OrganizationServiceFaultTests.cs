using System;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class OrganizationServiceFaultTests
{
    [Fact]
    public void ErrorDetailsIsNeverNull()
    {
        var fault = new OrganizationServiceFault();

        Assert.NotNull(fault.ErrorDetails);
        fault.ErrorDetails = null!;
        Assert.NotNull(fault.ErrorDetails);
    }

    [Fact]
    public void PropertiesAreSettable()
    {
        var activity = Guid.NewGuid();
        var inner = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "account With Id = ... Does Not Exist" };
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220891,
            Message = "Credit limit exceeded.",
            Timestamp = new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            InnerFault = inner,
            TraceText = "[Plugin] trace",
            HelpLink = "https://go.microsoft.com/fwlink/?LinkID=398563",
            ActivityId = activity,
        };
        fault.ErrorDetails["OperationStatus"] = 0;

        Assert.Same(inner, fault.InnerFault);
        Assert.Equal(activity, fault.ActivityId);
        Assert.Equal(0, fault.ErrorDetails["OperationStatus"]);
        Assert.Equal("[Plugin] trace", fault.TraceText);
    }

    [Fact]
    public void ToStringShowsCodesAndMessagesOfTheChain()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = -2147220891,
            Message = "Credit limit exceeded.",
            InnerFault = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "Not found" },
        };

        string text = fault.ToString();

        Assert.Contains("80040265", text, StringComparison.Ordinal);
        Assert.Contains("Credit limit exceeded.", text, StringComparison.Ordinal);
        Assert.Contains("Not found", text, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(OrganizationServiceFault).FullName!, text, StringComparison.Ordinal);
    }
}
