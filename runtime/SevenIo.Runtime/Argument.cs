using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace SevenIo.Runtime;

/// <summary>Argument checks shared by the generated operations.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Argument
{
    /// <summary>Throws when a required string is null or empty.</summary>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertNotNullOrEmpty(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", name);
        }
    }

    /// <summary>Throws when a required reference is null.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertNotNull<T>(T? value, string name)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    /// <summary>
    /// Throws when an optional list that is sent as one form or query field per item is empty: it
    /// would send nothing at all, so the gateway would not see it. Null (not sent) is fine.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertNotEmptyList<T>(IEnumerable<T>? value, string name)
    {
        if (value is not null && IsEmpty(value))
        {
            throw EmptyList(name);
        }
    }

    /// <summary>Throws when a required list that is sent as one form or query field per item is null or empty.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertNotNullOrEmptyList<T>(IEnumerable<T>? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (IsEmpty(value))
        {
            throw EmptyList(name);
        }
    }

    /// <summary>Throws when a required value of an extensible enum is its default (a value nobody set).</summary>
    /// <typeparam name="T">The enum struct.</typeparam>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertNotDefault<T>(T value, string name)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException("A value is required; the default value is not one.", name);
        }
    }

    /// <summary>
    /// Throws when a header value holds a control character (CR, LF, NUL, ...), which would let it
    /// inject headers. The message never repeats the value, which may be a secret.
    /// </summary>
    /// <param name="value">The header value.</param>
    /// <param name="name">The parameter or option name.</param>
    public static void AssertHeaderSafe(string value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("The value must not contain control characters such as CR, LF or NUL.", name);
            }
        }
    }

    /// <summary>Throws unless the value is an absolute http or https URI.</summary>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertHttpUri(string? value, string name)
    {
        AssertNotNullOrEmpty(value, name);
        AssertHttpUriOrNull(value, name);
    }

    /// <summary>Throws unless the value is null or an absolute http or https URI.</summary>
    /// <param name="value">The argument's value.</param>
    /// <param name="name">The parameter name.</param>
    public static void AssertHttpUriOrNull(string? value, string name)
    {
        if (value is null)
        {
            return;
        }

        if (!IsHttpUri(value))
        {
            // The value is not repeated: an address can carry credentials.
            throw new ArgumentException("The value must be an absolute http or https URI.", name);
        }
    }

    private static readonly char[] AuthorityEnd = { '/', '\\', '?', '#' };

    private static bool IsSlash(char c) => c is '/' or '\\';

    /// <summary>
    /// Whether a value is an absolute http or https address: the scheme, and a host that is not
    /// empty (after any user information) and holds no white space or control character. The
    /// gateway judges the rest. Parsing a <see cref="Uri"/> would allocate one on every call; a test checks that
    /// this never refuses what <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> accepts.
    /// </summary>
    internal static bool IsHttpUri(string value)
    {
        // Uri reads a backslash as a slash, so "http:\\host" is an address too.
        var colon = value.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "https:".Length
            : value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) ? "http:".Length
            : -1;
        if (colon < 0 || value.Length < colon + 2 || !IsSlash(value[colon]) || !IsSlash(value[colon + 1]))
        {
            return false;
        }

        var start = colon + 2;
        var end = value.IndexOfAny(AuthorityEnd, start);
        end = end < 0 ? value.Length : end;
        var at = end == start ? -1 : value.LastIndexOf('@', end - 1, end - start);
        var host = at < 0 ? start : at + 1;
        if (host >= end || value[host] == ':')
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (value[i] <= ' ' || value[i] == '\x7f')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEmpty<T>(IEnumerable<T> value) => value switch
    {
        IReadOnlyCollection<T> collection => collection.Count == 0,
        ICollection<T> collection => collection.Count == 0,
        _ => !value.Any(),
    };

    private static ArgumentException EmptyList(string name) =>
        new("The list is empty, and it is sent as one form or query field per item, so an empty list would send nothing at all and the gateway would not see it. Pass null to leave it out.", name);
}
