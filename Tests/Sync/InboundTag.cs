namespace DualWrite.Tests.Sync;

/// <summary>How the inbound path tags its writes (Common/Sync/SyncTag, internal to the shipping assemblies), as a caller sends it.</summary>
internal static class InboundTag
{
    public const string Parameter = "tag";
    public const string Value = "DualWrite.Inbound";
}
