using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace SevenIo.Runtime;

/// <summary>
/// What every generated client needs to reach the gateway. Each generated client has its own
/// options class deriving from this one, which supplies the default base address from the spec.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ApiClientOptions
{
    /// <summary>Initializes the options with the spec's base address.</summary>
    /// <param name="defaultBaseAddress">The address used unless <see cref="BaseAddress"/> is set.</param>
    protected ApiClientOptions(Uri defaultBaseAddress)
    {
        Argument.AssertNotNull(defaultBaseAddress, nameof(defaultBaseAddress));
        BaseAddress = defaultBaseAddress;
    }

    /// <summary>The API key sent with every request. It is only ever written into the API key header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The gateway's address; an emulator or proxy can be put here.</summary>
    public Uri BaseAddress { get; set; }

    /// <summary>
    /// Optional name of the calling application, put before the client's own token in the
    /// <c>User-Agent</c> header. Must be a valid product token (no spaces or control characters).
    /// </summary>
    public string? ApplicationId { get; set; }

    /// <summary>
    /// The account's signing secret, for an account that requires signed requests (it answers an
    /// unsigned one with error 901). When set, every request carries <c>X-Signature</c>,
    /// <c>X-Timestamp</c> and <c>X-Nonce</c>. It is never sent, logged or shown.
    /// </summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// Asked before each request for an OAuth 2 access token, sent as <c>Authorization: Bearer</c>
    /// instead of the API key (which is then not needed). Caching and refreshing the token are the
    /// provider's business. (An <see cref="ApiKey"/> written <c>Bearer &lt;token&gt;</c> is sent the same way.)
    /// </summary>
    public Func<CancellationToken, Task<string>>? AccessTokenProvider { get; set; }

    /// <summary>The <c>SentWith</c> header, which names the integration to the gateway; every request carries it.</summary>
    public string SentWith { get; set; } = DefaultSentWith;

    /// <summary>What <see cref="SentWith"/> is unless set: this client.</summary>
    public const string DefaultSentWith = "dotnet-generator";

    /// <summary>
    /// Where the client logs each call (debug) and each failure (warning), if anywhere. Logs never
    /// hold the API key, a header or a body. <c>services.Add...Client()</c> sets it from DI.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>Never shows the API key or the signing secret.</summary>
    /// <returns>The base address and which secrets are set.</returns>
    public override string ToString() =>
        $"{GetType().Name} {{ BaseAddress = {BaseAddress}, ApiKey = {Set(ApiKey)}, SigningSecret = {Set(SigningSecret)}, AccessTokenProvider = {(AccessTokenProvider is null ? "<not set>" : "<set>")}, SentWith = {SentWith} }}";

    private static string Set(string? secret) => string.IsNullOrEmpty(secret) ? "<not set>" : "<set>";
}
