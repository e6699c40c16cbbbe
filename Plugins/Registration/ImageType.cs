namespace DualWrite.Plugins.Registration;

/// <summary>Which snapshot of the record an image carries (sdkmessageprocessingstepimage.imagetype).</summary>
public enum ImageType
{
    /// <summary>The record as it was before the operation.</summary>
    PreImage = 0,

    /// <summary>The record as it is after the operation.</summary>
    PostImage = 1,

    /// <summary>Both snapshots under the same alias.</summary>
    Both = 2,
}
