using System;
using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;

namespace SevenIo.Generator.Planning;

/// <summary>
/// Every file the generator will add, computed once: the units to emit and the clashes between
/// clients. When a client would generate a type (so a file) that an earlier client already does
/// (compared ignoring case, as file names are), it gets SEVEN015 at each clashing declaration and
/// none of its files is emitted: keeping some would leave them referring to the other client's
/// types. So the compilation never sees a type twice and AddSource never sees a hint name twice.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<GenerationUnit> Units, EquatableArray<DiagnosticInfo> Conflicts)
{
    /// <param name="clients">The clients to generate, in spec path order.</param>
    /// <param name="facts">What the compilation offers the generated code.</param>
    /// <param name="referenced">Generated full names that a referenced assembly already uses.</param>
    public static GenerationPlan Create(EquatableArray<GeneratedClient> clients, CompilationFacts facts, EquatableArray<string> referenced)
    {
        try
        {
            return Plan(clients, facts, referenced);
        }
#pragma warning disable CA1031 // The generator must never throw into the compiler: any failure becomes a diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var at = clients.Count == 0 ? SpecLocation.StartOf(string.Empty) : clients[0].Origins[0].Location;
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, at, $"{e.GetType().Name} while planning the generated files: {e.Message}");
            return new GenerationPlan(EquatableArray<GenerationUnit>.Empty, new[] { failure }.ToEquatableArray());
        }
    }

    private static GenerationPlan Plan(EquatableArray<GeneratedClient> clients, CompilationFacts facts, EquatableArray<string> referenced)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var units = new List<GenerationUnit>();
        var conflicts = new List<DiagnosticInfo>();
        foreach (var client in clients)
        {
            var origins = client.Origins.GroupBy(o => o.FullName).ToDictionary(g => g.Key, g => g.First().Location, StringComparer.Ordinal);
            if (referenced.Contains(client.Client.FullName))
            {
                // A referenced project generated this client already (the package's spec flows to projects that reference it).
                var at = origins[client.Client.FullName];
                conflicts.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClientInReference, at, at.Path, client.Client.FullName));
                continue;
            }

            if (facts.LacksAspNetCoreCompanion && client.Webhooks is { } webhooks)
            {
                var at = origins[AspNetCoreWebhooksModel.EndpointsNamespace + "." + webhooks.AspNetCore.EndpointsClass];
                conflicts.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AspNetCoreCompanionMissing, at, at.Path, webhooks.AspNetCore.AddMethod, webhooks.AspNetCore.MapMethod));
            }

            var own = UnitsOf(client, facts, origins).Select(unit => unit with { Conventions = client.Conventions }).ToList();
            var clashes = 0;
            foreach (var unit in own)
            {
                if (owners.TryGetValue(unit.FullName, out var winner))
                {
                    conflicts.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateGeneratedType, origins[unit.FullName], unit.SpecPath, unit.FullName, winner));
                    clashes++;
                }
                else if (referenced.Contains(unit.FullName))
                {
                    conflicts.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferencedType, origins[unit.FullName], unit.SpecPath, unit.FullName));
                    clashes++;
                }
            }

            if (clashes > 0)
            {
                continue;
            }

            foreach (var unit in own)
            {
                owners.Add(unit.FullName, unit.SpecPath);
                units.Add(unit);
            }
        }

        return new GenerationPlan(units.ToEquatableArray(), conflicts.ToEquatableArray());
    }

    private static IEnumerable<GenerationUnit> UnitsOf(GeneratedClient generated, CompilationFacts facts, Dictionary<string, SpecLocation> origins)
    {
        var client = generated.Client;
        var ns = client.Namespace;
        string PathOf(string name) => origins[ns + "." + name].Path;

        yield return new ClientUnit(PathOf(client.Name), client);
        yield return new OptionsUnit(PathOf(client.OptionsName), ns, client.OptionsName, client.Name, client.BaseAddress);
        if (facts.HasHttpClientFactory)
        {
            var model = generated.DependencyInjection;
            yield return new DependencyInjectionUnit(origins[DependencyInjectionModel.Namespace + "." + model.ClassName].Path, model);
        }

        foreach (var group in generated.Groups)
        {
            yield return new GroupUnit(PathOf(group.ClassName), ns, group);
            foreach (var options in group.Operations.SelectMany(op => op.Overloads).Select(o => o.Options).WhereNotNull())
            {
                yield return new OperationOptionsUnit(PathOf(options.ClassName), ns, options);
            }
        }

        foreach (var enumModel in generated.Enums)
        {
            yield return new EnumUnit(PathOf(enumModel.Name), ns, enumModel);
        }

        foreach (var model in generated.Models)
        {
            yield return new ModelUnit(PathOf(model.Name), ns, model);
            yield return new ModelJsonUnit(PathOf(model.Name), ns, model);
        }

        foreach (var union in generated.Unions)
        {
            yield return new UnionUnit(PathOf(union.Name), ns, union);
            yield return new UnionJsonUnit(PathOf(union.Name), ns, union);
        }

        if (generated.Webhooks is { } webhooks)
        {
            var names = webhooks with { Events = EquatableArray<EventModel>.Empty };

            // The base class names every event class for System.Text.Json; an event's description is not its business.
            var eventClasses = webhooks with { Events = webhooks.Events.Select(e => e with { Description = null }).ToEquatableArray() };
            yield return new WebhookUnit(PathOf(webhooks.BaseClass), eventClasses, WebhookFile.Base);
            foreach (var webhookEvent in webhooks.Events)
            {
                yield return new WebhookUnit(PathOf(webhookEvent.ClassName), names, WebhookFile.Event, webhookEvent);
            }

            yield return new WebhookUnit(PathOf(webhooks.UnknownClass), names, WebhookFile.Unknown);
            yield return new WebhookUnit(PathOf(webhooks.ReaderClass), webhooks, WebhookFile.Reader);
            if (facts.HasAspNetCore)
            {
                yield return new WebhookUnit(origins[AspNetCoreWebhooksModel.ServicesNamespace + "." + webhooks.AspNetCore.ServicesClass].Path, names, WebhookFile.Services);
                yield return new WebhookUnit(origins[AspNetCoreWebhooksModel.EndpointsNamespace + "." + webhooks.AspNetCore.EndpointsClass].Path, names, WebhookFile.Endpoints);
            }
        }
    }
}
