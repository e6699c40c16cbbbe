namespace DualWrite.Tests.WorkflowActivities.Support;

/// <summary>
/// The tag the activities put on every write (Common's SyncTag, internal to the shipping assemblies), spelled out
/// here as the contract the outbound plug-ins rely on: a change to it must show up in these tests.
/// </summary>
internal static class InboundTag
{
    public const string Parameter = "tag";

    public const string Value = "DualWrite.Inbound";
}
