using System;
using System.Globalization;
using System.ServiceModel;
using Xunit;

namespace DualWrite.Tests.Sdk.ServiceModel;

/// <summary>The WCF fault types as Dataverse code throws and catches them.</summary>
public sealed class FaultExceptionTests
{
    private static readonly SampleFaultDetail s_detail = new() { ErrorCode = unchecked((int)0x80040217), Message = "account With Id = 42 Does Not Exist" };

    [Fact]
    public void DetailIsKeptAndMessageIsTheReasonText()
    {
        var fault = new FaultException<SampleFaultDetail>(s_detail, new FaultReason(s_detail.Message));

        Assert.Same(s_detail, fault.Detail);
        Assert.Equal("account With Id = 42 Does Not Exist", fault.Message);
        Assert.Equal("account With Id = 42 Does Not Exist", fault.Reason.ToString());
    }

    [Fact]
    public void TypedFaultIsCaughtAsFaultExceptionAndCommunicationException()
    {
        Assert.IsType<FaultException<SampleFaultDetail>>(CatchAs<FaultException>());
        Assert.IsType<FaultException<SampleFaultDetail>>(CatchAs<CommunicationException>());
        Assert.IsAssignableFrom<SystemException>(CatchAs<CommunicationException>());

        static T CatchAs<T>()
            where T : Exception
        {
            try
            {
                throw new FaultException<SampleFaultDetail>(s_detail, new FaultReason(s_detail.Message));
            }
            catch (T e)
            {
                return e;
            }
        }
    }

    [Fact]
    public void CodeDefaultsToASenderFault()
    {
        var fault = new FaultException<SampleFaultDetail>(s_detail, "reason");

        Assert.True(fault.Code.IsSenderFault);
        Assert.False(fault.Code.IsReceiverFault);
        Assert.Equal("Sender", fault.Code.Name);
    }

    [Fact]
    public void GivenCodeAndActionAreKept()
    {
        FaultCode code = FaultCode.CreateReceiverFaultCode("InternalError", "urn:sample");
        var fault = new FaultException<SampleFaultDetail>(s_detail, new FaultReason("reason"), code, "urn:sample/Execute");

        Assert.Same(code, fault.Code);
        Assert.True(fault.Code.IsReceiverFault);
        Assert.Equal("InternalError", fault.Code.SubCode!.Name);
        Assert.Equal("urn:sample", fault.Code.SubCode.Namespace);
        Assert.False(fault.Code.SubCode.IsPredefinedFault);
        Assert.Equal("urn:sample/Execute", fault.Action);
    }

    [Fact]
    public void UntypedFaultWithoutReasonSaysSo()
    {
        Assert.Equal("The creator of this fault did not specify a Reason.", new FaultException().Message);
        Assert.Equal("plain", new FaultException("plain").Message);
    }

    [Fact]
    public void ToStringNamesTheDetail()
    {
        string text = new FaultException<SampleFaultDetail>(s_detail, "boom").ToString();

        Assert.Contains("boom", text, StringComparison.Ordinal);
        Assert.Contains("(Fault Detail is equal to -2147220969: account With Id = 42 Does Not Exist).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReasonPicksTheTranslationForTheCultureThenItsParentThenTheFirst()
    {
        var reason = new FaultReason([new FaultReasonText("first", "fr-FR"), new FaultReasonText("deutsch", "de"), new FaultReasonText("english (US)", "en-US")]);

        Assert.Equal("english (US)", reason.GetMatchingTranslation(CultureInfo.GetCultureInfo("en-US")).Text);
        Assert.Equal("deutsch", reason.GetMatchingTranslation(CultureInfo.GetCultureInfo("de-AT")).Text);
        Assert.Equal("first", reason.GetMatchingTranslation(CultureInfo.GetCultureInfo("ja-JP")).Text);
    }

    [Fact]
    public void ReasonTextFromAStringTakesTheCurrentCulture()
    {
        var text = new FaultReasonText("hello");

        Assert.Equal(CultureInfo.CurrentCulture.Name, text.XmlLang);
        Assert.True(text.Matches(CultureInfo.CurrentCulture));
    }

    [Fact]
    public void FaultCodeRejectsAnEmptyName()
    {
        Assert.Throws<ArgumentException>(() => new FaultCode(""));
        Assert.Throws<ArgumentNullException>(() => new FaultReason((string)null!));
    }
}
