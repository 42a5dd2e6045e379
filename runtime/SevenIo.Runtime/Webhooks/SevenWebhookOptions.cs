using System;

namespace SevenIo;

/// <summary>How webhook deliveries from seven.io are checked before they are read.</summary>
public sealed class SevenWebhookOptions
{
    /// <summary>The default <see cref="Tolerance"/>: the 30 seconds seven.io documents.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="ClockSkew"/>.</summary>
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="MaxBodySize"/>: 256 KiB, far above any delivery seen (under 2 KiB).</summary>
    public const int DefaultMaxBodySize = 256 * 1024;

    /// <summary>
    /// The account's signing key (seven.io: Developer → Webhooks). Surrounding whitespace is ignored,
    /// as seven's own clients do. Required while <see cref="VerifySignatures"/> is on.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Whether deliveries must carry a valid signature (<c>X-Signature</c>, <c>X-Timestamp</c>,
    /// <c>X-Nonce</c>). On by default; turn it off only where nothing but seven.io can reach the
    /// address, for the cost of accepting forged deliveries otherwise.
    /// </summary>
    public bool VerifySignatures { get; set; } = true;

    /// <summary>How old a delivery's <c>X-Timestamp</c> may be; default 30 seconds.</summary>
    public TimeSpan Tolerance { get; set; } = DefaultTolerance;

    /// <summary>How far a delivery's <c>X-Timestamp</c> may be ahead of this machine's clock; default 5 seconds.</summary>
    public TimeSpan ClockSkew { get; set; } = DefaultClockSkew;

    /// <summary>
    /// The public address the gateway calls, when this app sits behind a proxy that changes it: its
    /// scheme, host, port and the path prefix the proxy removes. The signed URL is this address
    /// followed by the path and query the request arrived with. Null (the default): the request's
    /// own scheme, <c>Host</c> header, path and query. (To trust <c>X-Forwarded-*</c> headers
    /// instead, use ASP.NET Core's forwarded-headers middleware with the proxies you know.)
    /// </summary>
    public Uri? PublicBaseAddress { get; set; }

    /// <summary>The largest body accepted, in bytes; larger deliveries are refused (HTTP 413). Default 256 KiB.</summary>
    public int MaxBodySize { get; set; } = DefaultMaxBodySize;

    /// <summary>
    /// Where nonces are remembered to refuse a delivery sent twice. Null: one in-memory store per
    /// verifier, which is enough for one instance; several instances behind a load balancer need a
    /// shared one.
    /// </summary>
    public IWebhookNonceStore? NonceStore { get; set; }

    /// <summary>The clock; null is the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
