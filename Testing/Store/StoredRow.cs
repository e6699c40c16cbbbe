using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// A row as stored: never changed in place (an update stores a new row), so the undo log can keep the old one as is.
/// The sequence keeps the order rows were first created in, which is the order queries without an order return.
/// </summary>
internal sealed record StoredRow(Entity Row, long Sequence);
