using System;
using SevenIo.Runtime;

namespace SevenIo;

/// <summary>
/// One delivery as it arrived, independent of any web framework: what signature verification and
/// reading need. ASP.NET Core's integration builds it from the <c>HttpContext</c>; anything else
/// (Azure Functions, AWS Lambda, a test) builds it by hand.
/// </summary>
public sealed class WebhookRequest
{
    /// <summary>Initializes a new delivery.</summary>
    /// <param name="method">The HTTP method, <c>POST</c> or <c>GET</c>.</param>
    /// <param name="url">
    /// The full URL the gateway sent the request to, as it signed it: scheme, host, port when not the
    /// default, path and query. Behind a proxy, the public one.
    /// </param>
    /// <param name="contentType">The <c>Content-Type</c> header, if any.</param>
    /// <param name="body">The body's exact bytes; empty for GET.</param>
    /// <param name="signature">The <c>X-Signature</c> header, if any.</param>
    /// <param name="timestamp">The <c>X-Timestamp</c> header, if any.</param>
    /// <param name="nonce">The <c>X-Nonce</c> header, if any.</param>
    public WebhookRequest(string method, string url, string? contentType, ReadOnlyMemory<byte> body, string? signature, string? timestamp, string? nonce)
    {
        Argument.AssertNotNullOrEmpty(method, nameof(method));
        Argument.AssertNotNullOrEmpty(url, nameof(url));
        Method = method;
        Url = url;
        ContentType = contentType;
        Body = body;
        Signature = signature;
        Timestamp = timestamp;
        Nonce = nonce;
    }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The full URL the delivery was sent to.</summary>
    public string Url { get; }

    /// <summary>The <c>Content-Type</c> header.</summary>
    public string? ContentType { get; }

    /// <summary>The body's bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The <c>X-Signature</c> header.</summary>
    public string? Signature { get; }

    /// <summary>The <c>X-Timestamp</c> header.</summary>
    public string? Timestamp { get; }

    /// <summary>The <c>X-Nonce</c> header.</summary>
    public string? Nonce { get; }

    /// <summary>The query string of <see cref="Url"/>, without its <c>?</c>; empty when there is none.</summary>
    public string Query
    {
        get
        {
            var start = Url.IndexOf('?');
            if (start < 0)
            {
                return string.Empty;
            }

            var end = Url.IndexOf('#', start);
            return end < 0 ? Url.Substring(start + 1) : Url.Substring(start + 1, end - start - 1);
        }
    }

    /// <summary>The method and URL: never the body or the signature headers.</summary>
    /// <returns>A description for logs.</returns>
    public override string ToString() => Method + " " + Url;
}
