namespace DualWrite.Common.Tables;

/// <summary>
/// Choice values of the project's own tables. Dataverse expects a publisher's option values to be its option value
/// prefix (pac.config's publisher.optionValuePrefix) times 10,000 plus a number, so they never collide with another
/// publisher's.
/// </summary>
internal static class OptionValues
{
    /// <summary>The publisher's option value prefix; the solution build refuses a pac.config that disagrees.</summary>
    public const int PublisherPrefix = 10751;
}
