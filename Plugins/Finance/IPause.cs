using System;

namespace DualWrite.Plugins.Finance;

/// <summary>Waits before a retry. A seam so that tests can see which waits the client chose.</summary>
internal interface IPause
{
    void For(TimeSpan duration);
}
