using System;
using System.ComponentModel;
using System.Text;

namespace SevenIo.Runtime;

/// <summary>
/// The names of the members with which the gateway reports success or failure inside a response body,
/// e.g. <c>{"success": false, "code": 900, "error_message": "..."}</c>. They come from the spec.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FailureEnvelope
{
    /// <summary>Initializes a new envelope description.</summary>
    /// <param name="successProperty">The boolean member that is <c>false</c> on failure.</param>
    /// <param name="codeProperty">The member holding the gateway's error code, if the API has one.</param>
    /// <param name="messageProperty">The member holding a human-readable error message, if the API has one.</param>
    /// <param name="codeBody">Whether a body that is only a number (e.g. <c>900</c>) is an error code.</param>
    public FailureEnvelope(string successProperty, string? codeProperty, string? messageProperty, bool codeBody = false)
    {
        if (string.IsNullOrEmpty(successProperty))
        {
            throw new ArgumentException("The success member's name is required.", nameof(successProperty));
        }

        SuccessProperty = Encoding.UTF8.GetBytes(successProperty);
        CodeProperty = codeProperty is null ? null : Encoding.UTF8.GetBytes(codeProperty);
        MessageProperty = messageProperty is null ? null : Encoding.UTF8.GetBytes(messageProperty);
        CodeBody = codeBody;
    }

    internal byte[] SuccessProperty { get; }

    internal byte[]? CodeProperty { get; }

    internal byte[]? MessageProperty { get; }

    internal bool CodeBody { get; }
}
