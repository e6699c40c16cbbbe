using System.Linq;
using DualWrite.WorkflowActivities.Json;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class JsonReaderTests
{
    [Fact]
    public void ReadsEveryKindWithPathsEscapesAndExactNumbers()
    {
        JsonValue root = JsonReader.Parse("{ \"a\": [1.50, -0, 2e3, true, false, null], \"b\": \"x\\\"\\\\\\/\\n\\u00e9\" }");

        JsonValue[] items = [.. root.Member("a")!.Items];
        Assert.Equal(["1.50", "-0", "2e3"], items[..3].Select(i => i.Text));
        Assert.Equal([JsonKind.Number, JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null], items.Select(i => i.Kind));
        Assert.Equal("$.a[4]", items[4].Path);
        Assert.Equal("x\"\\/\n\u00e9", root.Member("b")!.Text);
    }

    [Theory]
    [InlineData("{\n  \"a\": 01\n}", "Unexpected character '1' in a number at line 2, column 9")]
    [InlineData("[1.]", "Expected a digit after the decimal point at line 1, column 4")]
    [InlineData("{'a': 1}", "Expected a member name in double quotes at line 1, column 2")]
    [InlineData("[1] [2]", "Unexpected text after the end of the document at line 1, column 5")]
    [InlineData("[tru", "The document ends inside a literal (truncated?) at line 1, column 2")]
    [InlineData("\"\\x\"", "Unknown escape '\\x' in a string at line 1, column 3")]
    [InlineData("{\"a\": 1, \"a\": 2}", "Member 'a' appears twice in $ at line 1, column 10")]
    [InlineData("// comment\n{}", "Unexpected character '/' where a value was expected at line 1, column 1")]
    public void RefusesWhatIsNotStrictJsonSayingWhere(string text, string message)
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(text));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void RefusesNestingDeeperThanSixtyFourLevels()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(new string('[', 65) + new string(']', 65)));

        Assert.StartsWith("Values are nested deeper than 64 levels", error.Message, System.StringComparison.Ordinal);
    }
}
