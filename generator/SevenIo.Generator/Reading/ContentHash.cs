namespace SevenIo.Generator.Reading;

/// <summary>A 64-bit FNV-1a hash of a text: stable across processes and machines, unlike <see cref="string.GetHashCode()"/>.</summary>
internal static class ContentHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text)
    {
        var hash = OffsetBasis;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash;
    }
}
