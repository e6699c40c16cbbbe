using System;
using System.Collections.Generic;

namespace DualWrite.Testing.Services;

/// <summary>A token a plug-in asked the managed identity for: the scopes, and the identity when it named one.</summary>
public sealed record TokenRequest(IReadOnlyList<string> Scopes, Guid? ManagedIdentityId);
