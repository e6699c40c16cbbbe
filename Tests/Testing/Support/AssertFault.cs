using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Testing.Support;

internal static class AssertFault
{
    /// <summary>Asserts the action fails with the platform's fault shape and this error code; returns the fault's detail.</summary>
    public static OrganizationServiceFault Throws(int errorCode, Action action)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.True(errorCode == fault.Detail.ErrorCode, $"Expected error 0x{errorCode:X8}, got 0x{fault.Detail.ErrorCode:X8}: {fault.Detail.Message}");
        Assert.Equal(fault.Detail.Message, fault.Message);
        return fault.Detail;
    }
}
