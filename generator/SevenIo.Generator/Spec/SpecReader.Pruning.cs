using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Spec;

/// <summary>Leaving out what uses a type that is not generated, so the generated code always compiles.</summary>
internal sealed partial class SpecReader
{
    private void PruneUnresolvedReferences(List<EnumModel> enums, List<ObjectModel> models, List<GroupModel> groups)
    {
        var available = new HashSet<string>(enums.Select(e => e.Name).Concat(models.Select(m => m.Name)), StringComparer.Ordinal);

        // A model left out can strand another model that uses it: repeat until nothing changes.
        bool removed;
        do
        {
            removed = false;
            foreach (var model in models.ToList())
            {
                var missing = model.Properties.Select(p => Missing(p.Type, available)).FirstOrDefault(name => name is not null);
                if (missing is not null)
                {
                    models.Remove(model);
                    available.Remove(model.Name);
                    ReportLeftOut("models." + model.Name, model.Name, $"'{missing}', which it uses, is generated");
                    removed = true;
                }
            }
        }
        while (removed);

        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var kept = group.Operations.Where(operation =>
            {
                var missing = Missing(operation.Response.Type, available)
                    ?? operation.ParameterSets.SelectMany(set => set.Parameters).Select(p => Missing(p.Type, available)).FirstOrDefault(name => name is not null);
                if (missing is null)
                {
                    return true;
                }

                ReportLeftOut($"operations.{group.Name}.{operation.Name}", operation.Name, $"'{missing}', which it uses, is generated");
                return false;
            }).ToEquatableArray();
            groups[i] = group with { Operations = kept };
        }
    }

    private static string? Missing(TypeModel type, HashSet<string> available) => type.Kind switch
    {
        ValueKind.Array => Missing(type.Element!, available),
        ValueKind.Enum or ValueKind.Model when !available.Contains(type.Name!) => type.Name,
        _ => null,
    };
}
