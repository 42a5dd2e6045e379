using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SevenIo.Runtime;

/// <summary>
/// Walks a list that the service hands out a page at a time by offset and limit, for the generated
/// <c>List…AllAsync</c> methods. Each page starts where the entries that arrived end, not where the
/// requested limit would put it: a service that caps its pages below the limit asked for loses nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class OffsetPaging
{
    /// <summary>The entries of every page, fetched one page at a time as the caller enumerates.</summary>
    /// <typeparam name="TPage">What one call answers.</typeparam>
    /// <typeparam name="TItem">One entry.</typeparam>
    /// <param name="fetchPage">Reads the page that starts at an offset.</param>
    /// <param name="items">The entries of a page; null counts as none.</param>
    /// <param name="hasMore">
    /// Whether the page says more follow; null when the list says nothing of it, or when the page
    /// leaves it out. Then a page shorter than <paramref name="pageSize"/> is the last.
    /// </param>
    /// <param name="offset">Where the first page starts.</param>
    /// <param name="pageSize">How many entries a full page holds: the limit asked for, or the service's default.</param>
    /// <param name="cancellationToken">Cancels the walk; a token given to <c>WithCancellation</c> cancels it too.</param>
    /// <returns>The entries, in the order the pages give them.</returns>
    /// <remarks>
    /// The walk ends on a page that says no more follow, on an empty page (even one that says more
    /// follow, which would otherwise loop for ever), and, when pages say nothing, on a short page.
    /// </remarks>
    public static IAsyncEnumerable<TItem> Enumerate<TPage, TItem>(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>?> items,
        Func<TPage, bool?>? hasMore,
        int offset,
        int pageSize,
        CancellationToken cancellationToken)
    {
        Argument.AssertNotNull(fetchPage, nameof(fetchPage));
        Argument.AssertNotNull(items, nameof(items));
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset must not be negative.");
        }

        return Walk(fetchPage, items, hasMore, offset, pageSize, cancellationToken);
    }

    private static async IAsyncEnumerable<TItem> Walk<TPage, TItem>(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<TItem>?> items,
        Func<TPage, bool?>? hasMore,
        int offset,
        int pageSize,
        CancellationToken methodToken,
        [EnumeratorCancellation] CancellationToken enumeratorToken = default)
    {
        using var linked = methodToken.CanBeCanceled && enumeratorToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(methodToken, enumeratorToken)
            : null;
        var cancellationToken = linked?.Token ?? (methodToken.CanBeCanceled ? methodToken : enumeratorToken);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(offset, cancellationToken).ConfigureAwait(false);
            var entries = items(page);
            var count = entries?.Count ?? 0;
            for (var i = 0; i < count; i++)
            {
                yield return entries![i];
            }

            var more = hasMore?.Invoke(page);
            if (count == 0 || more == false || (more is null && count < pageSize))
            {
                yield break;
            }

            offset += count;
        }
    }
}
