using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;

namespace SevenIo.Runtime;

/// <summary>
/// One <see cref="ActivitySource"/> per generated client, named after it (e.g. <c>SevenIo.SevenClient</c>),
/// so that tracing can listen to one client. Activities exist only when somebody listens.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ClientTelemetry
{
    private static readonly ConcurrentDictionary<string, ActivitySource> Sources = new(StringComparer.Ordinal);

    /// <summary>The activity source of a client.</summary>
    /// <param name="clientName">The client's full type name.</param>
    /// <returns>The shared source.</returns>
    public static ActivitySource Source(string clientName) =>
        Sources.GetOrAdd(clientName, name => new ActivitySource(name, UserAgent.Version));
}
