using DualWrite.Common.Sync;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>Loop prevention: a write the inbound path made (tagged <see cref="SyncTag.Inbound"/>) is never sent back to Finance.</summary>
internal static class InboundEcho
{
    public static bool IsInbound(IPluginExecutionContext? context)
    {
        for (; context is not null; context = context.ParentContext)
        {
            if (context.SharedVariables is { } shared && shared.TryGetValue(SyncTag.Parameter, out object? tag) && tag as string == SyncTag.Inbound)
            {
                return true;
            }
        }

        return false;
    }
}
