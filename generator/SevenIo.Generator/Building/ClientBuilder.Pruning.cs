using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>Leaving out what uses a type that is not generated, so that the generated code always compiles.</summary>
internal sealed partial class ClientBuilder
{
    private WebhooksModel? Prune(List<ModelDeclaration> modelDeclarations, List<EventDeclaration> eventDeclarations, List<EnumModel> enums, List<ObjectModel> models, List<UnionModel> unions, List<BuiltGroup> groups, WebhooksModel? webhooks)
    {
        // A model or union is generated when everything it reaches is: one walk back from what is not generated.
        var declared = new HashSet<string>(enums.Select(e => e.Name).Concat(models.Select(m => m.Name)).Concat(unions.Select(u => u.Name)), StringComparer.Ordinal);
        var builtModels = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var builtUnions = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);
        IEnumerable<string> Uses(string name) =>
            builtModels.TryGetValue(name, out var model) ? TypeGraph.Uses(model)
            : builtUnions.TryGetValue(name, out var union) ? union.Cases.Select(c => c.Model)
            : Enumerable.Empty<string>();
        var usedBy = builtModels.Keys.Concat(builtUnions.Keys)
            .SelectMany(user => Uses(user).Select(used => (Used: used, User: user)))
            .ToLookup(edge => edge.Used, edge => edge.User, StringComparer.Ordinal);
        var stranded = TypeGraph.Reach(usedBy.Select(g => g.Key).Where(used => !declared.Contains(used)), name => usedBy[name]);
        var available = new HashSet<string>(declared.Where(name => !stranded.Contains(name)), StringComparer.Ordinal);
        var declarations = modelDeclarations.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var name in models.Select(m => m.Name).Concat(unions.Select(u => u.Name)).Where(name => !available.Contains(name)))
        {
            var missing = Uses(name).First(used => !available.Contains(used));
            LeftOut(declarations[name].At, name, $"'{missing}', which it uses, is generated");
        }

        models.RemoveAll(m => !available.Contains(m.Name));
        unions.RemoveAll(u => !available.Contains(u.Name));

        foreach (var group in groups)
        {
            group.Operations.RemoveAll(operation =>
            {
                var model = operation.Model;
                var missing = Missing(model.Response.Type, available)
                    ?? model.Overloads.SelectMany(o => o.Parameters).Select(p => Missing(p.Type, available)).FirstOrDefault(name => name is not null);
                if (missing is not null)
                {
                    LeftOut(operation.Declaration.At, operation.Declaration.Name, $"'{missing}', which it uses, is generated");
                }

                return missing is not null;
            });
            group.Model = group.Model with { Operations = group.Operations.Select(o => o.Model).ToEquatableArray() };
        }

        if (webhooks is null)
        {
            return null;
        }

        var events = webhooks.Events.Where(e =>
        {
            var missing = Missing(e.Data, available);
            if (missing is not null)
            {
                LeftOut(eventDeclarations.First(d => d.Name.Wire == e.WireName).At, e.WireName, $"'{missing}', which it uses, is generated");
            }

            return missing is null;
        });
        return webhooks with { Events = events.ToEquatableArray() };
    }

    /// <summary>Models that are sent as JSON (parameters, or inside one) get a write method too.</summary>
    private static void MarkWritten(List<ObjectModel> models, List<BuiltGroup> groups)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var sent = groups.SelectMany(g => g.Model.Operations).SelectMany(op => op.Overloads).SelectMany(o => o.Parameters).Select(p => TypeGraph.Named(p.Type)).WhereNotNull();
        var written = TypeGraph.Reach(sent, byName);
        for (var i = 0; i < models.Count; i++)
        {
            if (written.Contains(models[i].Name))
            {
                models[i] = models[i] with { Json = models[i].Json with { Writes = true } };
            }
        }
    }

    /// <summary>
    /// A required member whose type is a model starts as a new one, so that a model made with
    /// <c>new</c> holds no null; except where the members would create each other without end.
    /// </summary>
    private static void MarkCreatedByDefault(List<ObjectModel> models)
    {
        var byName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        IEnumerable<string> Created(ObjectModel model) => model.Properties.Where(IsCreatable).Select(p => p.Type.Name!);
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var properties = model.Properties
                .Select(p => IsCreatable(p) && !TypeGraph.Reach(new[] { p.Type.Name! }, name => byName.TryGetValue(name, out var used) ? Created(used) : Enumerable.Empty<string>()).Contains(model.Name)
                    ? p with { CreatedByDefault = true }
                    : p)
                .ToEquatableArray();
            models[i] = model with { Properties = properties };
        }

        static bool IsCreatable(PropertyModel p) => !p.Nullable && p.Type.Kind == ValueKind.Model && !p.Type.IsAbstract;
    }

    private static string? Missing(TypeModel type, HashSet<string> available) => type.Kind switch
    {
        ValueKind.Array => Missing(type.Element!, available),
        ValueKind.Enum or ValueKind.Model when !available.Contains(type.Name!) => type.Name,
        _ => null,
    };
}
