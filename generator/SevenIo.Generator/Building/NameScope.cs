using System;
using System.Collections.Generic;
using System.Globalization;

namespace SevenIo.Generator.Building;

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

    /// <summary>What every generated enum struct declares itself, so it cannot be named so either (CS0542).</summary>
    public static readonly string[] EnumMembers = { "Equals", "GetHashCode", "ToString" };

    private readonly Dictionary<string, Holder> _holders;

    /// <param name="ignoreCase">
    /// Names that differ only in case count as the same: type names, because each type's file is named
    /// after it and file names ignore case.
    /// </param>
    /// <param name="capacity">How many names the scope is expected to hold.</param>
    public NameScope(bool ignoreCase = false, int capacity = 0)
    {
        _holders = new Dictionary<string, Holder>(capacity, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    /// <summary>The description of what holds the name, or null when it is free.</summary>
    public string? Owner(string name) => _holders.TryGetValue(name, out var holder) ? holder.Owner.ToString() : null;

    /// <summary>How the name that is taken is spelled, which may differ in case in a scope that ignores case.</summary>
    public string? Spelling(string name) => _holders.TryGetValue(name, out var holder) ? holder.Spelling : null;

    /// <summary>Whether the generator itself declares the name here (rather than the spec).</summary>
    public bool IsReserved(string name) => _holders.TryGetValue(name, out var holder) && holder.Reserved;

    /// <summary>Takes a name for something the generator declares.</summary>
    public void Reserve(string name, NameOwner owner)
    {
        if (!_holders.ContainsKey(name))
        {
            _holders.Add(name, new Holder(name, owner, Reserved: true));
        }
    }

    /// <summary>Takes the name when it is free.</summary>
    public bool TryClaim(string name, NameOwner owner)
    {
        if (_holders.ContainsKey(name))
        {
            return false;
        }

        _holders.Add(name, new Holder(name, owner, Reserved: false));
        return true;
    }

    /// <summary>
    /// Takes <paramref name="preferred"/>, or when it is taken the first free one of
    /// <c>preferred + suffix</c>, <c>preferred + suffix + 2</c>, ...
    /// </summary>
    public string Claim(string preferred, string suffix, NameOwner owner)
    {
        var name = preferred;
        for (var i = 1; _holders.ContainsKey(name); i++)
        {
            name = preferred + suffix + (i == 1 ? string.Empty : i.ToString(CultureInfo.InvariantCulture));
        }

        _holders.Add(name, new Holder(name, owner, Reserved: false));
        return name;
    }

    /// <summary>A private name of the generator's: <paramref name="preferred"/>, else <c>preferred2</c>, <c>preferred3</c>, ...</summary>
    public string Private(string preferred) => Claim(preferred, string.Empty, "the generator");

    private readonly record struct Holder(string Spelling, NameOwner Owner, bool Reserved);
}
