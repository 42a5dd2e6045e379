using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// Turns the declarations of one client into the model the emitters read. This is the one place
/// where C# names are decided: type names in the namespace, then members, parameters and locals.
/// A name the spec gives explicitly (a type, group or operation key, a <c>csharpName</c>) that is
/// already taken is an error at that name. A name derived from a wire name that collides with
/// something the generator declares gets the suffix <c>Value</c>; the generator's own private
/// names (fields, locals) yield to everything else. An enum, model or operation with an error is
/// left out, and so is everything that uses it, so that what is generated always compiles.
/// </summary>
internal sealed partial class ClientBuilder
{
    private const string DerivedSuffix = "Value";

    private readonly ClientDeclaration _declaration;
    private readonly IReadOnlyList<SpecDocument> _documents;
    private readonly BuildSettings _settings;
    private readonly BuildDiagnostics _diagnostics;
    private readonly NameScope _types = new(ignoreCase: true);
    private readonly TypeResolver _resolver = new();
    private readonly List<TypeOrigin> _origins = new();

    private ClientBuilder(ClientDeclaration declaration, IReadOnlyList<SpecDocument> documents, BuildSettings settings, BuildDiagnostics diagnostics)
    {
        _declaration = declaration;
        _documents = documents;
        _settings = settings;
        _diagnostics = diagnostics;
    }

    private string Namespace => _declaration.Namespace;

    /// <summary>
    /// Builds the client declared by <paramref name="declaration"/> from <paramref name="documents"/>
    /// (the declaring file first, then the files that add to it); null when its own names clash.
    /// </summary>
    public static GeneratedClient? Build(ClientDeclaration declaration, IReadOnlyList<SpecDocument> documents, BuildSettings settings, BuildDiagnostics diagnostics) =>
        new ClientBuilder(declaration, documents, settings, diagnostics).Build();

    /// <summary>
    /// The passes, in order; each takes what the one before returned. Merge and Select work on
    /// declarations; ClaimNames decides every type name (and leaves out what clashes); DeclareTypes
    /// tells the resolver what exists; BuildDeclarations turns each declaration into its model;
    /// Prune leaves out what uses something not generated; Finish sets what needs every model
    /// (base classes, which models are written).
    /// </summary>
    private GeneratedClient? Build()
    {
        var merged = Merge();
        Select(merged, _settings);
        if (ClaimNames(merged) is not { } claimed)
        {
            return null;
        }

        DeclareTypes(claimed);
        var built = BuildDeclarations(claimed);
        var webhooks = Prune(merged.Models, merged.Events, built.Enums, built.Objects, built.Unions, built.Groups, built.Webhooks);
        AssignBaseClasses(built.Objects, built.Unions);
        MarkWritten(built.Objects, built.Groups);
        MarkCreatedByDefault(built.Objects);
        return Assemble(claimed, built with { Webhooks = webhooks });
    }

    /// <summary>What may be generated once every type name is claimed, with the names the claims decided.</summary>
    private sealed record ClaimedNames(
        string OptionsName,
        NameScope ClientScope,
        List<GroupDeclaration> Groups,
        List<EnumDeclaration> Enums,
        List<ModelDeclaration> Models,
        (string Reader, List<(EventDeclaration Declaration, string ClassName)> Events)? Events,
        Dictionary<string, string> JsonClasses);

    /// <summary>The models built from the claimed declarations; what failed is not among them.</summary>
    private sealed record BuiltDeclarations(List<EnumModel> Enums, List<ObjectModel> Objects, List<UnionModel> Unions, List<BuiltGroup> Groups, WebhooksModel? Webhooks);

    /// <summary>The client's own names first (null when they clash), then groups, enums, models, events, then the internal JSON classes.</summary>
    private ClaimedNames? ClaimNames(Merged merged)
    {
        foreach (var (name, owner) in RuntimeContract.In(Namespace))
        {
            _types.Reserve(name, owner);
        }

        var optionsName = _declaration.Name + "Options";
        if (!ClaimType(_declaration.Name, _declaration.At, "client.name") || !ClaimType(optionsName, _declaration.At, "the options class of client.name"))
        {
            return null;
        }

        var clientScope = ClassScope(_declaration.Name, "the client class itself");
        var groups = merged.Groups.Where(group => ClaimGroup(group, clientScope)).ToList();
        var enums = merged.Enums.Where(e => ClaimType(e.Name, e.At, NameOwner.At("the type at ", e.At))).ToList();
        var models = merged.Models.Where(m => ClaimType(m.Name, m.At, NameOwner.At("the type at ", m.At))).ToList();
        var events = ClaimEvents(merged.Events);

        // The internal JSON classes take their names after every public type has its own.
        var jsonClasses = models.ToDictionary(m => m.Name, m => _types.Private(m.Name + "Json"));
        _origins.AddRange(models.Select(m => new TypeOrigin(Namespace + "." + jsonClasses[m.Name], m.At.Location)));
        return new ClaimedNames(optionsName, clientScope, groups, enums, models, events, jsonClasses);
    }

    /// <summary>The resolver learns every enum and model; what is declared with errors resolves too (what uses it is left out later), and what is valid wins a shared name.</summary>
    private void DeclareTypes(ClaimedNames claimed)
    {
        foreach (var document in _documents)
        {
            foreach (var broken in document.BrokenEnums)
            {
                _resolver.AddEnum(broken);
            }

            foreach (var broken in document.BrokenModels)
            {
                _resolver.AddModel(broken, null);
            }
        }

        foreach (var e in claimed.Enums)
        {
            _resolver.AddEnum(e.Name, e.Values.Select(v => v.Name.Wire));
        }

        foreach (var m in claimed.Models)
        {
            _resolver.AddModel(m.Name, claimed.JsonClasses[m.Name], m.IsUnion);
        }
    }

    /// <summary>Enums, then models (the unions look their cases up among them), then groups and events.</summary>
    private BuiltDeclarations BuildDeclarations(ClaimedNames claimed)
    {
        var enumModels = claimed.Enums.Select(BuildEnum).WhereNotNull().ToList();
        var objectModels = claimed.Models.Where(m => !m.IsUnion).Select(m => BuildModel(m, claimed.JsonClasses[m.Name])).WhereNotNull().ToList();
        objectModels.ForEach(m => _builtModels[m.Name] = m);
        objectModels = AddPartialSuccess(objectModels);
        var unionModels = claimed.Models.Where(m => m.IsUnion).Select(m => BuildUnion(m, claimed.JsonClasses[m.Name])).WhereNotNull().ToList();
        var groupModels = claimed.Groups.Select(BuildGroup).ToList();
        // The events need the enum of their names: without it (its errors reported) they are left out.
        var eventTypes = BuildEventTypeEnum(claimed.Events);
        if (eventTypes is not null)
        {
            enumModels.Add(eventTypes);
        }

        return new BuiltDeclarations(enumModels, objectModels, unionModels, groupModels, eventTypes is null ? null : BuildWebhooks(claimed.Events));
    }

    private GeneratedClient Assemble(ClaimedNames claimed, BuiltDeclarations built)
    {
        var client = new ClientModel(
            Namespace,
            _declaration.Name,
            claimed.OptionsName,
            _declaration.Description,
            _declaration.BaseAddress,
            _declaration.ApiKeyHeader,
            _declaration.Headers,
            _declaration.Failure,
            _declaration.ConfigurationSection ?? DefaultConfigurationSection(_declaration.Name),
            built.Groups.Select(g => new GroupReference(g.Model.Name, g.Model.ClassName, g.Model.Description)).ToEquatableArray(),
            claimed.ClientScope.Private("Failure"),
            claimed.ClientScope.Private("Headers"),
            claimed.ClientScope.Private("OptionsWithKey"));
        var dependencyInjection = new DependencyInjectionModel(_declaration.Name + "ServiceCollectionExtensions", "Add" + _declaration.Name, "Bind", client);
        _origins.Add(new TypeOrigin(DependencyInjectionModel.Namespace + "." + dependencyInjection.ClassName, _declaration.At.Location));
        return new GeneratedClient(
            client,
            dependencyInjection,
            built.Groups.Select(g => g.Model).ToEquatableArray(),
            built.Enums.ToEquatableArray(),
            built.Objects.ToEquatableArray(),
            built.Unions.ToEquatableArray(),
            built.Webhooks,
            _origins.ToEquatableArray(),
            _declaration.Conventions);
    }

    /// <summary>Where dependency injection binds the options from by default: the client name without "Client".</summary>
    private static string DefaultConfigurationSection(string clientName) =>
        clientName.EndsWith("Client", System.StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

    /// <summary>Claims a type name in the namespace; reports where it is already used.</summary>
    private bool ClaimType(string name, Declared at, NameOwner owner)
    {
        if (_types.TryClaim(name, owner))
        {
            _origins.Add(new TypeOrigin(Namespace + "." + name, at.Location));
            return true;
        }

        var spelling = _types.Spelling(name)!;
        var differsInCase = spelling == name ? string.Empty : $" as '{spelling}' (type names that differ only in case would share a file name)";
        _diagnostics.Report(DiagnosticDescriptors.DuplicateName, at, name, _types.Owner(name)! + differsInCase);
        return false;
    }

    private static readonly string[] ObjectMemberOwners = NameScope.ObjectMembers.Select(member => $"the member {member} that every type has").ToArray();

    /// <summary>A class's member scope: its own name and what every object has are taken.</summary>
    private static NameScope ClassScope(string className, string owner)
    {
        var scope = new NameScope(capacity: 16);
        scope.Reserve(className, owner + " (a member cannot have its type's name)");
        for (var i = 0; i < NameScope.ObjectMembers.Length; i++)
        {
            scope.Reserve(NameScope.ObjectMembers[i], ObjectMemberOwners[i]);
        }

        return scope;
    }

    /// <summary>
    /// The C# name of a property, parameter or enum value: the explicit <c>csharpName</c>, which must
    /// be free; or one derived from the wire name, which gets <see cref="DerivedSuffix"/> when the
    /// generator itself declares that name here and must otherwise be free. Reports and returns null when it is not.
    /// </summary>
    private string? ClaimMember(NameScope scope, string? explicitName, string wireName, System.Func<string, string> derive, Declared at, NameOwner owner)
    {
        var derived = explicitName ?? derive(wireName);
        if (explicitName is null && !Identifiers.IsValidIdentifier(derived))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, at, derived, $" (derived from '{wireName}'); set 'csharpName'");
            return null;
        }

        if (explicitName is null && scope.IsReserved(derived))
        {
            return scope.Claim(derived, DerivedSuffix, owner);
        }

        if (scope.TryClaim(derived, owner))
        {
            return derived;
        }

        var fix = explicitName is null ? "; set 'csharpName'" : string.Empty;
        _diagnostics.Report(DiagnosticDescriptors.DuplicateName, at, derived, scope.Owner(derived)! + fix);
        return null;
    }

    /// <summary>Reports that an item is left out of the generated code, and why.</summary>
    private void LeftOut(Declared at, string name, string until) =>
        _diagnostics.Report(DiagnosticDescriptors.LeftOut, at, name, until);

    /// <summary>Runs <paramref name="build"/>; when it reported an error, reports the item as left out and returns null.</summary>
    private T? Guarded<T>(Declared at, string name, System.Func<T?> build)
        where T : class
    {
        var errorsBefore = _diagnostics.ErrorCount;
        var result = build();
        if (_diagnostics.ErrorCount == errorsBefore && result is not null)
        {
            return result;
        }

        LeftOut(at, name, "the errors in it are fixed");
        return null;
    }
}
