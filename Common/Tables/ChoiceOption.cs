namespace DualWrite.Common.Tables;

/// <summary>One value of a choice column. Values carry the publisher's option value prefix (see <see cref="OptionValues"/>).</summary>
internal sealed class ChoiceOption
{
    public ChoiceOption(int value, string label)
    {
        Value = value;
        Label = label;
    }

    public int Value { get; }

    public string Label { get; }
}
