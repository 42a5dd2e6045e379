using System.Collections.Generic;

namespace SevenIo.Generator.Model;

/// <summary>Splits a spec model into one unit per generated file.</summary>
internal static class GenerationUnits
{
    public static EquatableArray<GenerationUnit> From(string specPath, SpecModel? spec, CompilationFacts facts)
    {
        if (spec is null)
        {
            return EquatableArray<GenerationUnit>.Empty;
        }

        var ns = spec.Client.Namespace;
        var units = new List<GenerationUnit>
        {
            new ClientUnit(specPath, spec.Client),
            new OptionsUnit(specPath, ns, spec.Client.Name, spec.Client.BaseAddress),
        };
        if (facts.HasHttpClientFactory)
        {
            units.Add(new DependencyInjectionUnit(specPath, spec.Client));
        }

        foreach (var group in spec.Groups)
        {
            units.Add(new GroupUnit(specPath, ns, group));
        }

        foreach (var enumModel in spec.Enums)
        {
            units.Add(new EnumUnit(specPath, ns, enumModel));
        }

        foreach (var model in spec.Models)
        {
            units.Add(new ModelUnit(specPath, ns, model));
            units.Add(new ModelReaderUnit(specPath, ns, model));
        }

        return units.ToEquatableArray();
    }
}
