using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;

namespace SevenIo.Runtime;

/// <summary>
/// For the generated results whose entries succeed or fail each on its own (a dispatch to several
/// recipients): which were refused, and the opt-in throw.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PartialSuccess
{
    /// <summary>The entries whose success is <c>false</c>; empty when there are none (or no entries).</summary>
    /// <typeparam name="T">An entry.</typeparam>
    /// <param name="items">The entries; null counts as none.</param>
    /// <param name="accepted">Whether an entry was accepted; null (not said) does not count as refused.</param>
    /// <returns>The refused entries, in order.</returns>
    public static IReadOnlyList<T> Refused<T>(IReadOnlyList<T>? items, Func<T, bool?> accepted)
    {
        Argument.AssertNotNull(accepted, nameof(accepted));
        if (items is null || items.Count == 0)
        {
            return Array.Empty<T>();
        }

        List<T>? refused = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (accepted(items[i]) == false)
            {
                (refused ??= new List<T>()).Add(items[i]);
            }
        }

        return refused is null ? Array.Empty<T>() : refused;
    }

    /// <summary>Throws <see cref="SevenPartialFailureException{TItem}"/> when any entry was refused.</summary>
    /// <typeparam name="T">An entry.</typeparam>
    /// <param name="items">The entries; null counts as none.</param>
    /// <param name="accepted">Whether an entry was accepted.</param>
    /// <param name="code">Why an entry was refused, for the message; null when the spec names nothing.</param>
    /// <param name="service">How the message names the service, e.g. <c>gateway</c>.</param>
    /// <param name="itemsName">How the message names the entries, e.g. <c>Messages</c>.</param>
    /// <exception cref="SevenPartialFailureException{TItem}">At least one entry was refused.</exception>
    public static void EnsureAllAccepted<T>(IReadOnlyList<T>? items, Func<T, bool?> accepted, Func<T, string?>? code, string service, string itemsName)
    {
        var refused = Refused(items, accepted);
        if (refused.Count == 0)
        {
            return;
        }

        var codes = code is null
            ? string.Empty
            : string.Join(", ", refused.Select(code).Where(c => !string.IsNullOrEmpty(c)).Distinct(StringComparer.Ordinal));
        var message = string.Format(
            CultureInfo.InvariantCulture,
            "The {0} refused {1} of {2} {3}{4}.",
            service,
            refused.Count,
            items!.Count,
            itemsName,
            codes.Length == 0 ? string.Empty : " (codes: " + codes + ")");
        throw new SevenPartialFailureException<T>(message, refused, items.Count);
    }
}
