namespace SevenIo.Generator.Json;

/// <summary>
/// Hands out one string instance for each short piece of text that repeats: a spec writes the
/// same member names and type names in every operation, and allocating each of them again made
/// the parsed tree (alive for the whole read) a third larger. A direct-mapped cache, so a collision
/// only costs an allocation, never a wrong answer.
/// </summary>
internal sealed class StringTable
{
    private const int MaxLength = 32;
    private readonly string?[] _slots = new string?[512];

    /// <summary>The text of <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters.</summary>
    public string Get(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        var slot = hash & (_slots.Length - 1);
        var cached = _slots[slot];
        if (cached is not null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            return cached;
        }

        return _slots[slot] = text.Substring(start, length);
    }
}
