using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DualWrite.Plugins.Configuration;
using Xunit;

namespace DualWrite.Tests.Configuration;

public sealed class FinanceCredentialTests
{
    private const string Secret = "very-secret~value";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{}")]
    public void NoSecureConfigurationMeansTheManagedIdentity(string? secure)
    {
        Assert.True(FinanceCredential.Parse(secure).IsManagedIdentity);
    }

    [Fact]
    public void AClientSecretBecomesAnMsalCredentialThatNeverShowsIt()
    {
        FinanceCredential credential = FinanceCredential.Parse($$"""{"clientSecret":"{{Secret}}"}""");

        Assert.False(credential.IsManagedIdentity);
        Assert.Equal("a client secret", credential.ClientCredential!.Description);
    }

    [Fact]
    public void ACertificateWithItsPasswordBecomesACertificateCredential()
    {
        using RSA key = RSA.Create(2048);
        using X509Certificate2 certificate = new CertificateRequest("CN=DualWrite", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        string pfx = Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12, "pw"));

        FinanceCredential credential = FinanceCredential.Parse($$"""{"certificate":"{{pfx}}","certificatePassword":"pw"}""");

        Assert.Equal("certificate " + certificate.Thumbprint, credential.ClientCredential!.Description);
        var wrongPassword = Assert.Throws<ConfigurationException>(() => FinanceCredential.Parse($$"""{"certificate":"{{pfx}}","certificatePassword":"nope"}"""));
        Assert.Contains("could not be opened as PKCS#12", wrongPassword.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"clientSecret\":\"" + Secret, "is not valid JSON")]
    [InlineData("[\"" + Secret + "\"]", "must be a JSON object")]
    [InlineData("{\"clientsecret\":\"" + Secret + "\"}", "unknown property 'clientsecret'")]
    [InlineData("{\"clientSecret\":42}", "'clientSecret' must be text")]
    [InlineData("{\"clientSecret\":\"  \"}", "clientSecret is empty")]
    [InlineData("{\"clientSecret\":\"" + Secret + "\",\"certificate\":\"AAAA\"}", "sets both clientSecret and certificate")]
    [InlineData("{\"certificatePassword\":\"" + Secret + "\"}", "certificatePassword but no certificate")]
    [InlineData("{\"certificate\":\"not base64!\"}", "certificate is not base64 text")]
    public void AMalformedSecureConfigurationIsNamedAndTheSecretIsNeverRepeated(string secure, string expected)
    {
        ConfigurationException e = Assert.Throws<ConfigurationException>(() => FinanceCredential.Parse(secure));

        Assert.StartsWith("The step's secure configuration", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
    }
}
