using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// The graph of types that use each other: a model uses the types of its properties and of its
/// additional properties, a <c>oneOf</c> model its cases, an array its items. Every walk over it
/// (which package types a selection keeps, what is left out, which models are written and start
/// as new ones, whether a parameter would send a <c>oneOf</c>) is <see cref="Reach(IEnumerable{string}, Func{string, IEnumerable{string}})"/> with the edges of one stage.
/// </summary>
internal static class TypeGraph
{
    /// <summary>The roots and every type reachable from them, each once.</summary>
    /// <param name="roots">Where the walk starts.</param>
    /// <param name="uses">The types one type uses directly; none for a type that is not in the graph.</param>
    public static HashSet<string> Reach(IEnumerable<string> roots, Func<string, IEnumerable<string>> uses)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var root in roots)
        {
            if (reached.Add(root))
            {
                pending.Push(root);
            }
        }

        while (pending.Count > 0)
        {
            foreach (var next in uses(pending.Pop()))
            {
                if (reached.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return reached;
    }

    /// <summary>The roots and every type reachable from them through the built models.</summary>
    public static HashSet<string> Reach(IEnumerable<string> roots, IReadOnlyDictionary<string, ObjectModel> models) =>
        Reach(roots, name => models.TryGetValue(name, out var model) ? Uses(model) : Enumerable.Empty<string>());

    /// <summary>The roots and every type reachable from them through the declared models.</summary>
    public static HashSet<string> Reach(IEnumerable<string> roots, IReadOnlyDictionary<string, ModelDeclaration> models) =>
        Reach(roots, name => models.TryGetValue(name, out var model) ? Uses(model) : Enumerable.Empty<string>());

    /// <summary>The enum or model a built type names, through an array; null for a built-in type.</summary>
    public static string? Named(TypeModel type)
    {
        var element = type.Element ?? type;
        return element.Kind is ValueKind.Model or ValueKind.Enum ? element.Name : null;
    }

    /// <summary>The type a declared type names, through an array (<c>Hook[]</c>: <c>Hook</c>); null for none.</summary>
    public static string? Named(TypeReference? type) =>
        type?.Text.EndsWith("[]", StringComparison.Ordinal) == true ? type.Text.Substring(0, type.Text.Length - 2).Trim() : type?.Text;

    /// <summary>What a built model uses: its properties' types and its additional properties' type.</summary>
    public static IEnumerable<string> Uses(ObjectModel model) =>
        model.Properties.Select(p => Named(p.Type))
            .Append(model.AdditionalProperties is { } additional ? Named(additional.Type) : null)
            .WhereNotNull();

    /// <summary>What a declared model uses: its properties' types, its additional properties' type and its cases.</summary>
    public static IEnumerable<string> Uses(ModelDeclaration model) =>
        model.Properties.Select(p => Named(p.Type))
            .Append(Named(model.AdditionalProperties))
            .Concat(model.OneOf.Select(c => Named(c.Model)))
            .WhereNotNull();
}
