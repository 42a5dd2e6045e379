using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Json;

namespace SevenIo.Generator.Reading;

/// <summary>
/// A JSON object of the spec read against the members it may have: reports wrong kinds, missing
/// required members, duplicate keys and (as warnings) members the format does not know.
/// </summary>
internal sealed class SpecObject
{
    private readonly SpecDiagnostics _diagnostics;

    private SpecObject(JsonObject json, string path, SpecDiagnostics diagnostics, IReadOnlyCollection<string> knownMembers)
    {
        Json = json;
        Path = path;
        _diagnostics = diagnostics;
        var properties = json.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (IndexOf(property.Name, i) >= 0)
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateKey, property.NameSpan, path, property.Name);
                continue;
            }

            if (!knownMembers.Contains(property.Name) && !property.Name.StartsWith("$", StringComparison.Ordinal))
            {
                var suggestion = Suggest(property.Name, knownMembers);
                diagnostics.Report(
                    DiagnosticDescriptors.UnknownMember,
                    property.NameSpan,
                    path,
                    property.Name,
                    suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
            }
        }
    }

    public JsonObject Json { get; }

    public string Path { get; }

    public TextSpan Span => Json.Span;

    /// <summary>Reads <paramref name="node"/> as an object, or reports that it is not one and returns null.</summary>
    public static SpecObject? From(JsonNode node, string path, SpecDiagnostics diagnostics, params string[] knownMembers)
    {
        if (node is JsonObject json)
        {
            return new SpecObject(json, path, diagnostics, knownMembers);
        }

        diagnostics.Report(DiagnosticDescriptors.WrongKind, node.Span, path, "an object", node.KindDescription);
        return null;
    }

    public string MemberPath(string name) => Path.Length == 0 ? name : Path + "." + name;

    /// <summary>The member of that name; the first one when the key is repeated (the others were reported).</summary>
    public JsonProperty? Member(string name) => IndexOf(name, Json.Properties.Count) is var index and >= 0 ? Json.Properties[index] : null;

    public JsonNode? Value(string name, bool required)
    {
        if (Member(name) is { } property)
        {
            return property.Value;
        }

        if (required)
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingMember, Json.Span, Path.Length == 0 ? "The spec" : Path, name);
        }

        return null;
    }

    public JsonString? String(string name, bool required = false) => Expect<JsonString>(name, required, "a string");

    public JsonObject? Object(string name, bool required = false) => Expect<JsonObject>(name, required, "an object");

    public JsonArray? Array(string name, bool required = false) => Expect<JsonArray>(name, required, "an array");

    public bool Boolean(string name, bool defaultValue = false)
    {
        var value = Value(name, required: false);
        switch (value?.Kind)
        {
            case null:
                return defaultValue;
            case JsonKind.True:
                return true;
            case JsonKind.False:
                return false;
            default:
                _diagnostics.Report(DiagnosticDescriptors.WrongKind, value.Span, MemberPath(name), "true or false", value.KindDescription);
                return defaultValue;
        }
    }

    private T? Expect<T>(string name, bool required, string expected)
        where T : JsonNode
    {
        var value = Value(name, required);
        if (value is null or T)
        {
            return (T?)value;
        }

        _diagnostics.Report(DiagnosticDescriptors.WrongKind, value.Span, MemberPath(name), expected, value.KindDescription);
        return null;
    }

    /// <summary>The known member closest to a typo, if one is close enough to be what was meant.</summary>
    private static string? Suggest(string name, IReadOnlyCollection<string> knownMembers)
    {
        // Typos are close in length too; checking that first keeps a pasted megabyte key cheap.
        var allowed = Math.Max(1, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in knownMembers)
        {
            if (Math.Abs(candidate.Length - name.Length) > allowed)
            {
                continue;
            }

            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The index of the first member named <paramref name="name"/> before <paramref name="end"/>, or -1.
    /// A loop over the list, not a set or a LINQ query: objects have a handful of members, and this is
    /// called for every member the reader asks for.
    /// </summary>
    private int IndexOf(string name, int end)
    {
        var properties = Json.Properties;
        for (var i = 0; i < end; i++)
        {
            if (properties[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
