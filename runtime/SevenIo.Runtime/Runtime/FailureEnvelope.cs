using System;
using System.Text;

namespace SevenIo.Runtime;

/// <summary>
/// The names of the members with which the gateway reports success or failure inside a response body,
/// e.g. <c>{"success": false, "code": 900, "error_message": "..."}</c>. They come from the spec.
/// </summary>
public sealed class FailureEnvelope
{
    /// <summary>Initializes a new envelope description.</summary>
    /// <param name="successProperty">The boolean member that is <c>false</c> on failure.</param>
    /// <param name="codeProperty">The member holding the gateway's error code, if the API has one.</param>
    /// <param name="messageProperty">The member holding a human-readable error message, if the API has one.</param>
    public FailureEnvelope(string successProperty, string? codeProperty, string? messageProperty)
    {
        if (string.IsNullOrEmpty(successProperty))
        {
            throw new ArgumentException("The success member's name is required.", nameof(successProperty));
        }

        SuccessProperty = Encoding.UTF8.GetBytes(successProperty);
        CodeProperty = codeProperty is null ? null : Encoding.UTF8.GetBytes(codeProperty);
        MessageProperty = messageProperty is null ? null : Encoding.UTF8.GetBytes(messageProperty);
    }

    internal byte[] SuccessProperty { get; }

    internal byte[]? CodeProperty { get; }

    internal byte[]? MessageProperty { get; }
}
