using System;
using System.ComponentModel;
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
    /// Where the client logs each call (debug) and each failure (warning), if anywhere. Logs never
    /// hold the API key, a header or a body. <c>services.Add...Client()</c> sets it from DI.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>Never shows the API key.</summary>
    /// <returns>The base address and whether a key is set.</returns>
    public override string ToString() =>
        $"{GetType().Name} {{ BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "<not set>" : "<set>")} }}";
}
