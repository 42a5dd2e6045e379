using System;
using System.ComponentModel;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SevenIo.Runtime;

/// <summary>
/// The endpoint behind a generated <c>MapSevenWebhooks</c>: a GET and POST endpoint that reads the
/// body within the size limit, checks the signature, reads the event with the generated reader and
/// calls the handler. The generated code holds one per webhooks spec and gives it what depends on
/// the spec: the reader, the event's type for logs, and the service's wording.
/// </summary>
/// <typeparam name="TEvent">The spec's event base class.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WebhookEndpoint<TEvent>
    where TEvent : class
{
    private static readonly string[] Methods = { "GET", "POST" };
    private readonly Func<WebhookRequest, TEvent> _read;
    private readonly Func<TEvent, string> _eventType;
    private readonly string _loggerCategory;
    private readonly string _service;
    private readonly bool _serviceRetries;
    private readonly string _handlerFailedDetail;

    /// <summary>Describes the endpoint of one webhooks spec.</summary>
    /// <param name="read">Reads a verified delivery into an event; throws <see cref="WebhookFormatException"/> when it cannot.</param>
    /// <param name="eventType">The event's type, for logs.</param>
    /// <param name="loggerCategory">The logger category of the endpoint.</param>
    /// <param name="service">The sender as the spec names it in prose, e.g. <c>gateway</c>.</param>
    /// <param name="serviceRetries">Whether the sender retries a delivery that was answered with 5xx.</param>
    public WebhookEndpoint(Func<WebhookRequest, TEvent> read, Func<TEvent, string> eventType, string loggerCategory, string service, bool serviceRetries)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentException.ThrowIfNullOrEmpty(loggerCategory);
        ArgumentException.ThrowIfNullOrEmpty(service);
        _read = read;
        _eventType = eventType;
        _loggerCategory = loggerCategory;
        _service = service;
        _serviceRetries = serviceRetries;
        _handlerFailedDetail = "The delivery was read, but handling it failed; the " + service + (serviceRetries ? " retries it." : " may deliver it again.");
    }

    /// <summary>Maps the endpoint.</summary>
    /// <param name="endpoints">The endpoints.</param>
    /// <param name="pattern">The route pattern.</param>
    /// <param name="handler">The user's handler, checked for null under its own name.</param>
    /// <param name="handle">Calls <paramref name="handler"/> with one event.</param>
    /// <returns>The endpoint's builder.</returns>
    public IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string pattern, object handler, Func<TEvent, HttpContext, Task> handle)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(handle);
        return endpoints.MapMethods(pattern, Methods, context => HandleAsync(context, handle));
    }

    private async Task HandleAsync(HttpContext context, Func<TEvent, HttpContext, Task> handle)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<SevenWebhookOptions>>().Value;
        var verifier = services.GetRequiredService<WebhookVerifier>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(_loggerCategory) ?? NullLogger.Instance;
        var cancellationToken = context.RequestAborted;
        var request = context.Request;
        var body = await HttpDelivery.ReadBodyAsync(request, options.MaxBodySize, cancellationToken).ConfigureAwait(false);
        if (body == null)
        {
            ReceiverLog.TooLarge(logger, options.MaxBodySize);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Delivery too large", "The body is larger than the receiver accepts.").ConfigureAwait(false);
            return;
        }

        var delivery = HttpDelivery.Create(context, body, options.PublicBaseAddress);
        WebhookVerification verification;
        try
        {
            verification = await verifier.VerifyAsync(delivery, cancellationToken).ConfigureAwait(false);
        }
        catch (WebhookNonceStoreUnavailableException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Fail closed: a delivery whose replay cannot be ruled out is refused, and the gateway retries a 5xx.
            ReceiverLog.StoreUnavailable(logger, e.Message);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Replay check unavailable", "The receiver cannot check this delivery for a replay right now; deliver it again later.").ConfigureAwait(false);
            return;
        }

        if (!verification.IsAccepted)
        {
            ReceiverLog.Refused(logger, request.Method, request.Path.Value, verification.Reason);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, "Signature check failed", verification.Reason ?? "The delivery was refused.").ConfigureAwait(false);
            return;
        }

        TEvent webhookEvent;
        try
        {
            webhookEvent = _read(delivery);
        }
        catch (WebhookFormatException e)
        {
            ReceiverLog.Unreadable(logger, e.Message);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "Unreadable delivery", e.Message).ConfigureAwait(false);
            return;
        }

        try
        {
            await handle(webhookEvent, context).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure of the user's handler becomes a 500, so that the sender delivers the event again.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            ReceiverLog.HandlerFailed(logger, _eventType(webhookEvent), _service, _serviceRetries, e);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, "Handler failed", _handlerFailedDetail).ConfigureAwait(false);
            return;
        }

        ReceiverLog.Handled(logger, _eventType(webhookEvent));
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
