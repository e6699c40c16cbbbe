using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>Builds a registered image: exactly the registered columns (all when none are listed) that hold a value, copied.</summary>
internal static class EntityImages
{
    public static Entity Of(StepImage image, Entity row)
    {
        IEnumerable<string> columns = image.Attributes.Count == 0 ? row.Attributes.Keys : image.Attributes;
        Entity snapshot = ValueCopy.Of(row, columns);
        foreach (string empty in snapshot.Attributes.Where(a => a.Value is null).Select(a => a.Key).ToArray())
        {
            snapshot.Attributes.Remove(empty);
        }

        return snapshot;
    }
}
