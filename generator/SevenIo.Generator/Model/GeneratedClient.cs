using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;

namespace SevenIo.Generator.Model;

/// <summary>Everything generated for one client, with every C# name decided: what the emitters read.</summary>
/// <param name="Client">The client class and its options.</param>
/// <param name="DependencyInjection">The dependency-injection extension, emitted when the compilation can use it.</param>
/// <param name="Groups">The operation groups.</param>
/// <param name="Enums">The extensible enums.</param>
/// <param name="Models">The models (each also has a JSON class).</param>
/// <param name="Unions">The <c>oneOf</c> models.</param>
/// <param name="Webhooks">The webhook events and their reader; null when the spec declares no events.</param>
/// <param name="Origins">Where each generated type is declared, for reporting a clash or a failure there.</param>
/// <param name="Conventions">What the spec says about the service: documentation wording, JSON null forms, webhook retries.</param>
internal sealed record GeneratedClient(
    ClientModel Client,
    DependencyInjectionModel DependencyInjection,
    EquatableArray<GroupModel> Groups,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ObjectModel> Models,
    EquatableArray<UnionModel> Unions,
    WebhooksModel? Webhooks,
    EquatableArray<TypeOrigin> Origins,
    Conventions Conventions);

/// <summary>A generated type's full name and the spec text that declares it.</summary>
internal sealed record TypeOrigin(string FullName, SpecLocation Location);
