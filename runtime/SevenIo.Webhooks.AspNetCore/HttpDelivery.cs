using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SevenIo.Runtime;

/// <summary>An ASP.NET Core request as the <see cref="WebhookRequest"/> that the verifier and the reader take.</summary>
internal static class HttpDelivery
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/>; never reads more than one byte past the limit.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new byte[(int)Math.Min((long)limit + 1, (request.ContentLength ?? 4096) + 1)];
        var length = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length > limit)
            {
                return null;
            }

            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)limit + 1, buffer.Length * 2L));
            }
        }

        Array.Resize(ref buffer, length);
        return buffer;
    }

    public static WebhookRequest Create(HttpContext context, byte[] body, Uri? publicBaseAddress)
    {
        var request = context.Request;
        return new WebhookRequest(
            request.Method,
            Url(context, publicBaseAddress),
            request.ContentType,
            body,
            Header(request, WebhookSignature.SignatureHeader),
            Header(request, WebhookSignature.TimestampHeader),
            Header(request, WebhookSignature.NonceHeader));
    }

    /// <summary>
    /// The URL the sender signed: the request target as it arrived (path and query, undecoded), after
    /// the public base address or the request's scheme and host.
    /// </summary>
    public static string Url(HttpContext context, Uri? publicBaseAddress)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            target = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        }

        return publicBaseAddress != null
            ? publicBaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') + target
            : request.Scheme + "://" + request.Host.Value + target;
    }

    private static string? Header(HttpRequest request, string name)
    {
        var values = request.Headers[name];
        return values.Count == 0 ? null : values[0];
    }
}
