using System;
using Microsoft.Extensions.Logging;

namespace SevenIo.Runtime;

/// <summary>What the receiving endpoint logs: sizes, the method and path, the refusal's reason and the event type; never the body, a header or the key.</summary>
internal static class ReceiverLog
{
    private static readonly Action<ILogger, int, Exception?> TooLargeMessage = LoggerMessage.Define<int>(
        LogLevel.Warning, new EventId(1, "DeliveryTooLarge"), "Refused a webhook delivery of more than {MaxBodySize} bytes.");

    private static readonly Action<ILogger, string, string?, string?, Exception?> RefusedMessage = LoggerMessage.Define<string, string?, string?>(
        LogLevel.Warning, new EventId(2, "DeliveryRefused"), "Refused a webhook delivery to {Method} {Path}: {Reason}");

    private static readonly Action<ILogger, string, Exception?> UnreadableMessage = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(3, "DeliveryUnreadable"), "Refused an unreadable webhook delivery: {Reason}");

    private static readonly Action<ILogger, string, string, Exception?> HandlerFailedRetriedMessage = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(4, "HandlerFailed"), "The handler of the {EventType} webhook event failed; the {Service} will retry.");

    private static readonly Action<ILogger, string, string, Exception?> HandlerFailedMessage = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(4, "HandlerFailed"), "The handler of the {EventType} webhook event failed; the {Service} may deliver it again.");

    private static readonly Action<ILogger, string, Exception?> HandledMessage = LoggerMessage.Define<string>(
        LogLevel.Debug, new EventId(5, "Handled"), "Handled the {EventType} webhook event.");

    private static readonly Action<ILogger, string, Exception?> StoreUnavailableMessage = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(6, "ReplayStoreUnavailable"), "Refused a webhook delivery with 503: the replay store did not answer ({Reason}).");

    public static void TooLarge(ILogger logger, int maxBodySize) => TooLargeMessage(logger, maxBodySize, null);

    public static void StoreUnavailable(ILogger logger, string reason) => StoreUnavailableMessage(logger, reason, null);

    public static void Refused(ILogger logger, string method, string? path, string? reason) => RefusedMessage(logger, method, path, reason, null);

    public static void Unreadable(ILogger logger, string reason) => UnreadableMessage(logger, reason, null);

    public static void HandlerFailed(ILogger logger, string eventType, string service, bool serviceRetries, Exception exception) =>
        (serviceRetries ? HandlerFailedRetriedMessage : HandlerFailedMessage)(logger, eventType, service, exception);

    public static void Handled(ILogger logger, string eventType) => HandledMessage(logger, eventType, null);
}
