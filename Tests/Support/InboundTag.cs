namespace DualWrite.Tests.Support;

/// <summary>
/// How the inbound path tags its writes (Common/Sync/SyncTag, internal to the shipping assemblies), spelled out as
/// the contract between the activities and the outbound plug-ins: a change to it must show up in the tests.
/// </summary>
internal static class InboundTag
{
    public const string Parameter = "tag";

    public const string Value = "DualWrite.Inbound";
}
