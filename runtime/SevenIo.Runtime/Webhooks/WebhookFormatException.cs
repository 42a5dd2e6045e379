using System;

namespace SevenIo;

/// <summary>
/// A webhook delivery that cannot be read: not an envelope the gateway sends, malformed JSON or
/// form data, or data that does not fit its event's model. The message names what is wrong and
/// never contains the body.
/// </summary>
public sealed class WebhookFormatException : FormatException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong.</param>
    public WebhookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error that showed it.</param>
    public WebhookFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="eventType">The delivery's <c>webhook_event</c>, when it was read before the problem.</param>
    /// <param name="innerException">The error that showed it.</param>
    public WebhookFormatException(string message, string? eventType, Exception? innerException)
        : base(message, innerException)
    {
        EventType = eventType;
    }

    /// <summary>Initializes a new instance.</summary>
    public WebhookFormatException()
    {
    }

    /// <summary>The delivery's <c>webhook_event</c>, when it was read before the problem.</summary>
    public string? EventType { get; }
}
