using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text;

namespace SevenIo.Runtime;

/// <summary>
/// How a response body reports success or failure, from the spec: the member that says whether the
/// call succeeded (<c>"success": false</c>, or a code such as <c>"100"</c>), the members that may hold
/// the error code and message, and whether a body that is only a code is an error.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FailureEnvelope
{
    /// <summary>Initializes a new envelope description with at most one code and one message member.</summary>
    /// <param name="successProperty">The member that is <c>false</c> on failure.</param>
    /// <param name="codeProperty">The member holding the gateway's error code, if the API has one.</param>
    /// <param name="messageProperty">The member holding a human-readable error message, if the API has one.</param>
    public FailureEnvelope(string successProperty, string? codeProperty, string? messageProperty)
        : this(successProperty, codeProperty is null ? Array.Empty<string>() : new[] { codeProperty }, messageProperty is null ? Array.Empty<string>() : new[] { messageProperty }, codeBody: false, successCodes: null)
    {
    }

    /// <summary>Initializes a new envelope description.</summary>
    /// <param name="successProperty">
    /// The member that says whether the call succeeded: <c>false</c> (or <c>"false"</c>) is a failure;
    /// any other code is a failure when <paramref name="successCodes"/> are given and it is none of them.
    /// Empty: the answers have no such member (a <c>success</c> in them is part of the result), so only
    /// the HTTP status and, with <paramref name="codeBody"/>, a bare code are failures.
    /// </param>
    /// <param name="codeProperties">The members that may hold the error code; the first present one counts.</param>
    /// <param name="messageProperties">The members that may hold the error message; the first present one counts.</param>
    /// <param name="codeBody">
    /// Whether a body that is only a code is an error: a number (<c>900</c>) or a JSON string of
    /// digits (<c>"900"</c>).
    /// </param>
    /// <param name="successCodes">The codes of <paramref name="successProperty"/> that mean success, e.g. <c>100</c>.</param>
    public FailureEnvelope(string successProperty, IReadOnlyList<string> codeProperties, IReadOnlyList<string> messageProperties, bool codeBody, IReadOnlyList<string>? successCodes)
    {
        Argument.AssertNotNull(successProperty, nameof(successProperty));
        Argument.AssertNotNull(codeProperties, nameof(codeProperties));
        Argument.AssertNotNull(messageProperties, nameof(messageProperties));
        SuccessProperty = Encoding.UTF8.GetBytes(successProperty);
        CodeProperties = codeProperties.Select(Encoding.UTF8.GetBytes).ToArray();
        MessageProperties = messageProperties.Select(Encoding.UTF8.GetBytes).ToArray();
        CodeBody = codeBody;
        SuccessCodes = successCodes?.ToArray() ?? Array.Empty<string>();
        SuccessCodeBytes = SuccessCodes.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    internal byte[] SuccessProperty { get; }

    internal byte[][] CodeProperties { get; }

    internal byte[][] MessageProperties { get; }

    internal bool CodeBody { get; }

    internal string[] SuccessCodes { get; }

    internal byte[][] SuccessCodeBytes { get; }
}
