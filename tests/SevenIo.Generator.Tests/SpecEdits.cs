using System;
using SevenIo.Testing;

namespace SevenIo.Generator.Tests;

/// <summary>The canonical hooks spec made standalone (the client's declaration in it), and copies of it with one edit.</summary>
internal static class SpecEdits
{
    public static readonly string Hooks = CanonicalSpec.Standalone("hooks.seven.json");

    /// <summary>The hooks spec with the one occurrence of <paramref name="find"/> replaced.</summary>
    public static string Replace(string find, string replacement)
    {
        var at = Hooks.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || Hooks.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' must occur exactly once in the hooks spec.", nameof(find));
        }

        return string.Concat(Hooks.AsSpan(0, at), replacement, Hooks.AsSpan(at + find.Length));
    }
}
