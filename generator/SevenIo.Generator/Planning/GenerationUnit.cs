using SevenIo.Generator.Model;

namespace SevenIo.Generator.Planning;

/// <summary>
/// One generated file: the slice of the model it is emitted from and nothing more (no locations),
/// so that an edit to one part of a spec re-emits only the files whose slice changed.
/// </summary>
/// <param name="SpecPath">The spec file that declares the type, where a failure to emit it is reported.</param>
/// <param name="Namespace">The type's namespace.</param>
/// <param name="TypeName">The type.</param>
internal abstract record GenerationUnit(string SpecPath, string Namespace, string TypeName)
{
    /// <summary>The client's conventions, which documentation and readers of every file follow.</summary>
    public Conventions Conventions { get; init; } = Conventions.Default;

    public string FullName => Namespace + "." + TypeName;

    /// <summary>Stable and readable: <c>SevenIo.HooksClient.g.cs</c>.</summary>
    public string HintName => FullName + ".g.cs";
}

internal sealed record ClientUnit(string SpecPath, ClientModel Client)
    : GenerationUnit(SpecPath, Client.Namespace, Client.Name);

internal sealed record OptionsUnit(string SpecPath, string Namespace, string OptionsName, string ClientName, string BaseAddress)
    : GenerationUnit(SpecPath, Namespace, OptionsName);

internal sealed record DependencyInjectionUnit(string SpecPath, DependencyInjectionModel Model)
    : GenerationUnit(SpecPath, DependencyInjectionModel.Namespace, Model.ClassName);

internal sealed record GroupUnit(string SpecPath, string Namespace, GroupModel Group)
    : GenerationUnit(SpecPath, Namespace, Group.ClassName);

internal sealed record OperationOptionsUnit(string SpecPath, string Namespace, OperationOptionsModel Options)
    : GenerationUnit(SpecPath, Namespace, Options.ClassName);

internal sealed record EnumUnit(string SpecPath, string Namespace, EnumModel Enum)
    : GenerationUnit(SpecPath, Namespace, Enum.Name);

internal sealed record ModelUnit(string SpecPath, string Namespace, ObjectModel Model)
    : GenerationUnit(SpecPath, Namespace, Model.Name);

internal sealed record ModelJsonUnit(string SpecPath, string Namespace, ObjectModel Model)
    : GenerationUnit(SpecPath, Namespace, Model.Json.ClassName);

internal sealed record UnionUnit(string SpecPath, string Namespace, UnionModel Union)
    : GenerationUnit(SpecPath, Namespace, Union.Name);

internal sealed record UnionJsonUnit(string SpecPath, string Namespace, UnionModel Union)
    : GenerationUnit(SpecPath, Namespace, Union.JsonClass);

/// <summary>
/// A file of the webhook events. <c>Webhooks</c> carries only what the file needs: the event files,
/// the abstract and the unknown event get the names without the list of events, so that a change to
/// one event re-emits that event's file and the reader only.
/// </summary>
internal sealed record WebhookUnit(string SpecPath, WebhooksModel Webhooks, WebhookFile File, EventModel? Event = null)
    : GenerationUnit(SpecPath, File switch
    {
        WebhookFile.Services => AspNetCoreWebhooksModel.ServicesNamespace,
        WebhookFile.Endpoints => AspNetCoreWebhooksModel.EndpointsNamespace,
        _ => Webhooks.Namespace,
    }, File switch
    {
        WebhookFile.Base => Webhooks.BaseClass,
        WebhookFile.Unknown => Webhooks.UnknownClass,
        WebhookFile.Event => Event!.ClassName,
        WebhookFile.Reader => Webhooks.ReaderClass,
        WebhookFile.Services => Webhooks.AspNetCore.ServicesClass,
        _ => Webhooks.AspNetCore.EndpointsClass,
    });

internal enum WebhookFile
{
    Base,
    Event,
    Unknown,
    Reader,
    Services,
    Endpoints,
}
