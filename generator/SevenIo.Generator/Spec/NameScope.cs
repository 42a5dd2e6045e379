using System;
using System.Collections.Generic;
using System.Globalization;

namespace SevenIo.Generator.Spec;

/// <summary>
/// The names already taken in one C# scope (a namespace, a type, a method), so that every name the
/// generator writes there is unique. What the generator itself declares is reserved first; a user's
/// name derived from the spec that collides with it gets a suffix, and the generator's private
/// names (fields, locals) yield to everything else by taking the next free number.
/// </summary>
internal sealed class NameScope
{
    /// <summary>What every class and struct inherits from <see cref="object"/>: a member with one of these names hides it (CS0108) or clashes (CS0102).</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };

    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);

    /// <summary>The description of what holds the name, or null when it is free.</summary>
    public string? Owner(string name) => _owners.TryGetValue(name, out var owner) ? owner : null;

    /// <summary>Whether the generator itself declares the name here (rather than the spec).</summary>
    public bool IsReserved(string name) => _reserved.Contains(name);

    /// <summary>Takes a name for something the generator declares.</summary>
    public void Reserve(string name, string owner)
    {
        if (!_owners.ContainsKey(name))
        {
            _owners.Add(name, owner);
            _reserved.Add(name);
        }
    }

    /// <summary>Takes the name when it is free.</summary>
    public bool TryClaim(string name, string owner)
    {
        if (_owners.ContainsKey(name))
        {
            return false;
        }

        _owners.Add(name, owner);
        return true;
    }

    /// <summary>
    /// Takes <paramref name="preferred"/>, or when it is taken the first free one of
    /// <c>preferred + suffix</c>, <c>preferred + suffix + 2</c>, ...
    /// </summary>
    public string Claim(string preferred, string suffix, string owner)
    {
        var name = preferred;
        for (var i = 1; _owners.ContainsKey(name); i++)
        {
            name = preferred + suffix + (i == 1 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
        }

        _owners.Add(name, owner);
        return name;
    }

    /// <summary>A private name of the generator's: <paramref name="preferred"/>, else <c>preferred2</c>, <c>preferred3</c>, ...</summary>
    public string Private(string preferred) => Claim(preferred, string.Empty, "the generator");
}
