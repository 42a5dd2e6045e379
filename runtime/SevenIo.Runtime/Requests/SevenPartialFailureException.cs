using System;
using System.Collections.Generic;

namespace SevenIo;

/// <summary>
/// The gateway accepted a request but refused some of its entries (for a dispatch: some
/// recipients), and the caller asked for that to throw (<c>EnsureAllAccepted()</c> on the result).
/// </summary>
/// <typeparam name="TItem">An entry, e.g. <c>DispatchMessage</c>.</typeparam>
/// <remarks>The message names how many were refused and their codes, never a key or a recipient.</remarks>
public sealed class SevenPartialFailureException<TItem> : SevenApiException
{
    /// <summary>Initializes a new instance, for tests and mocks.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="refused">The refused entries.</param>
    /// <param name="total">How many entries the answer held.</param>
    public SevenPartialFailureException(string message, IReadOnlyList<TItem> refused, int total)
        : base(message, statusCode: 200)
    {
        Refused = refused ?? throw new ArgumentNullException(nameof(refused));
        Total = total;
    }

    /// <summary>The refused entries, each with its own code and explanation.</summary>
    public IReadOnlyList<TItem> Refused { get; }

    /// <summary>How many entries the answer held, accepted and refused.</summary>
    public int Total { get; }
}
