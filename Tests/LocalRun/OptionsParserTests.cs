using System;
using DualWrite.LocalRun;
using DualWrite.LocalRun.DataSet;
using DualWrite.LocalRun.Options;
using DualWrite.Tests.LocalRun.Support;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>The local run's command line: every option, both spellings of a value, and a clear refusal naming the option.</summary>
public sealed class OptionsParserTests
{
    [Fact]
    public void NoOptionsMeanTheDefaultDataSetLiveWithoutFaults()
    {
        LocalRunOptions options = OptionsParser.Parse([]);

        Assert.Same(DataSetSize.Default, options.Size);
        Assert.Equal(RunMode.Live, options.Mode);
        Assert.Equal(0, options.FaultRate);
        Assert.Equal(1, options.Seed);
        Assert.Null(options.ZipPath);
        Assert.Null(options.ReportPath);
        Assert.False(options.ShowHelp);
        Assert.Equal("""{"*":"live"}""", options.SyncModes);
    }

    [Fact]
    public void ReadsEveryOptionWithItsValueNextOrAfterAnEqualsSign()
    {
        LocalRunOptions options = OptionsParser.Parse(["--size", "SMALL", "--mode=queued", "--faults", "0.25", "--seed=42", "--zip", "/tmp/a.zip", "--report=/tmp/r.html"]);

        Assert.Same(DataSetSize.Small, options.Size);
        Assert.Equal(RunMode.Queued, options.Mode);
        Assert.Equal(0.25, options.FaultRate);
        Assert.Equal(42, options.Seed);
        Assert.Equal("/tmp/a.zip", options.ZipPath);
        Assert.Equal("/tmp/r.html", options.ReportPath);
        Assert.Equal("""{"*":"queued"}""", options.SyncModes);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void AsksForHelp(string argument)
    {
        Assert.True(OptionsParser.Parse(["--size", "large", argument]).ShowHelp);
    }

    [Theory]
    [InlineData("--size", "huge", "small, default, large")]
    [InlineData("--mode", "sideways", "live or queued")]
    [InlineData("--mode", "1", "live or queued")]
    [InlineData("--faults", "1.5", "between 0 and 1")]
    [InlineData("--faults", "-0.1", "between 0 and 1")]
    [InlineData("--faults", "lots", "between 0 and 1")]
    [InlineData("--seed", "4.5", "a whole number")]
    public void RefusesABadValueNamingTheOptionAndWhatItTakes(string option, string value, string expected)
    {
        var error = Assert.Throws<OptionsException>(() => OptionsParser.Parse([option, value]));

        Assert.StartsWith($"Option {option}: '{value}' is not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void RefusesAnUnknownOptionAMissingValueARepeatedOptionAndAStrayArgument()
    {
        Assert.StartsWith("Unknown option '--colour'", Assert.Throws<OptionsException>(() => OptionsParser.Parse(["--colour", "red"])).Message, StringComparison.Ordinal);
        Assert.Equal("Option --seed needs a value: a whole number.", Assert.Throws<OptionsException>(() => OptionsParser.Parse(["--seed"])).Message);
        Assert.Equal("Option --size needs a value: small, default, large.", Assert.Throws<OptionsException>(() => OptionsParser.Parse(["--size", "--mode", "live"])).Message);
        Assert.Equal("Option --mode is given twice.", Assert.Throws<OptionsException>(() => OptionsParser.Parse(["--mode", "live", "--mode=queued"])).Message);
        Assert.StartsWith("Unexpected argument 'small'", Assert.Throws<OptionsException>(() => OptionsParser.Parse(["small"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandExitsWithTwoOnABadOptionAndPrintsWhy()
    {
        var console = new RecordingConsole();

        int exitCode = LocalRunCommand.Run(["--faults", "2"], console.Console);

        Assert.Equal(LocalRunCommand.BadInput, exitCode);
        Assert.Contains("error: Option --faults: '2' is not valid", console.Output);
    }

    [Fact]
    public void TheCommandExitsWithTwoWhenTheZipIsMissing()
    {
        var console = new RecordingConsole();

        int exitCode = LocalRunCommand.Run(["--zip", "/nowhere/solution.zip"], console.Console);

        Assert.Equal(LocalRunCommand.BadInput, exitCode);
        Assert.Contains("There is no solution zip at /nowhere/solution.zip. Build first", console.Output);
    }

    [Fact]
    public void TheCommandPrintsHelpAndExitsWithZero()
    {
        var console = new RecordingConsole();

        Assert.Equal(LocalRunCommand.Passed, LocalRunCommand.Run(["--help"], console.Console));
        Assert.Contains("--faults RATE", console.Output);
    }
}
