using System;
using System.ComponentModel;
using System.Net.Http;

namespace SevenIo.Runtime;

/// <summary>
/// The one <see cref="HttpClient"/> used by clients that were not given their own, so that creating
/// many clients never exhausts sockets. On .NET 8 connections are recycled every few minutes so that
/// DNS changes are picked up.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SharedHttpClient
{
    /// <summary>
    /// How many connections the shared client opens to one gateway at most. Beyond that, requests
    /// queue for a free connection instead of opening sockets without limit under load.
    /// </summary>
    public const int MaxConnectionsPerServer = 32;

    private static readonly Lazy<HttpClient> LazyInstance = new(Create);

    /// <summary>The shared client.</summary>
    public static HttpClient Instance => LazyInstance.Value;

    private static HttpClient Create()
    {
#if NET8_0_OR_GREATER
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = MaxConnectionsPerServer,
        };
#elif NETSTANDARD2_0
        var handler = new HttpClientHandler { MaxConnectionsPerServer = MaxConnectionsPerServer };
#else
        // .NET Framework bounds connections per server through ServicePointManager.DefaultConnectionLimit.
        var handler = new HttpClientHandler();
#endif
        return new HttpClient(handler, disposeHandler: true);
    }
}
