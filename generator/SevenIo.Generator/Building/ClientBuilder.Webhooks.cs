using System.Collections.Generic;
using System.Linq;
using SevenIo.Generator.Collections;
using SevenIo.Generator.Diagnostics;
using SevenIo.Generator.Model;
using SevenIo.Generator.Reading;

namespace SevenIo.Generator.Building;

/// <summary>
/// The webhook events: the names of the event classes and the reader are claimed with the other
/// types of the namespace; each event's data must be a model.
/// </summary>
internal sealed partial class ClientBuilder
{
    private const string EventBaseClass = "WebhookEvent";
    private const string UnknownEventClass = "UnknownWebhookEvent";
    private const string EventTypeEnum = "WebhookEventType";

    /// <summary>The members of every event class: a class cannot have a member of its own name (CS0542).</summary>
    private static readonly string[] EventMembers = { "Data", "EventName", "EventType", "Timestamp", "Time" };

    /// <summary>The names every client with events declares; null (reported) when one is taken.</summary>
    private (string Reader, List<(EventDeclaration Declaration, string ClassName)> Events)? ClaimEvents(List<EventDeclaration> declarations)
    {
        if (declarations.Count == 0)
        {
            return null;
        }

        var first = declarations[0].At;
        var reader = DefaultConfigurationSection(_declaration.Name) + "Webhooks";
        if (!ClaimType(EventBaseClass, first, "the webhook event class of the events") | !ClaimType(UnknownEventClass, first, "the class of unknown webhook events") | !ClaimType(reader, first, "the class that reads webhook deliveries") | !ClaimType(EventTypeEnum, first, "the enum of the webhook event names"))
        {
            LeftOut(first, "events", $"the names {EventBaseClass}, {UnknownEventClass}, {reader} and {EventTypeEnum} are free in the namespace");
            return null;
        }

        var events = new List<(EventDeclaration, string)>();
        foreach (var declaration in declarations)
        {
            var className = declaration.Name.CSharpName ?? Names.ToPascalCase(declaration.Name.Wire) + "Event";
            if (declaration.Name.CSharpName is null && !Identifiers.IsValidTypeName(className))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, declaration.Name.NameAt, className, $" (derived from '{declaration.Name.Wire}'); set 'csharpName'");
                continue;
            }

            if (System.Array.IndexOf(EventMembers, className) >= 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateName, declaration.Name.NameAt, className, $"the member {className} that every event class has; set 'csharpName'");
                continue;
            }

            if (ClaimType(className, declaration.Name.NameAt, NameOwner.At("the event class of ", declaration.At)))
            {
                events.Add((declaration, className));
            }
        }

        return (reader, events);
    }

    /// <summary>
    /// The enum that types <c>EventType</c>: one value per event, named like its class without
    /// <c>Event</c> (<c>sms_mo</c> is <c>SmsMo</c>); a name the spec does not know is kept as it is.
    /// </summary>
    private EnumModel? BuildEventTypeEnum((string Reader, List<(EventDeclaration Declaration, string ClassName)> Events)? claimed)
    {
        if (claimed is not { } names)
        {
            return null;
        }

        var values = names.Events.Select(e => new EnumValueDeclaration(
            e.Declaration.Name with { CSharpName = e.ClassName.EndsWith("Event", System.StringComparison.Ordinal) && e.ClassName.Length > "Event".Length ? e.ClassName.Substring(0, e.ClassName.Length - "Event".Length) : e.ClassName },
            e.Declaration.Description));
        var first = names.Events.Count > 0 ? names.Events[0].Declaration.At : _declaration.At;
        return BuildEnum(new EnumDeclaration(EventTypeEnum, $"The webhook_event names of the events the {_declaration.Conventions.Service} delivers (WebhookEvent.EventType); a name the spec does not describe is kept as it is.", values.ToEquatableArray(), first));
    }

    private WebhooksModel? BuildWebhooks((string Reader, List<(EventDeclaration Declaration, string ClassName)> Events)? claimed)
    {
        if (claimed is not { } names)
        {
            return null;
        }

        var readerScope = ClassScope(names.Reader, "the reader class itself");
        readerScope.Reserve(WebhooksModel.ReadMethod, "the read method");
        var events = new List<EventModel>();
        foreach (var (declaration, className) in names.Events)
        {
            var data = Resolve(declaration.Data);
            if (data is null)
            {
                LeftOut(declaration.At, declaration.Name.Wire, "its data model is declared");
                continue;
            }

            if (data.Kind != ValueKind.Model)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidValue, declaration.Data.At, $"an event's data is a model; '{declaration.Data.Text}' is not one");
                continue;
            }

            events.Add(new EventModel(declaration.Name.Wire, className, declaration.Description, data, readerScope.Private(className + "Data")));
        }

        var prefix = DefaultConfigurationSection(_declaration.Name);
        var aspNetCore = new AspNetCoreWebhooksModel(
            prefix + "WebhooksServiceCollectionExtensions",
            "Add" + prefix + "Webhooks",
            prefix + "WebhooksEndpointRouteBuilderExtensions",
            "Map" + prefix + "Webhooks",
            _declaration.ConfigurationSection ?? prefix,
            Namespace + "." + names.Reader);
        var at = names.Events.Count > 0 ? names.Events[0].Declaration.At.Location : _declaration.At.Location;
        _origins.Add(new TypeOrigin(AspNetCoreWebhooksModel.ServicesNamespace + "." + aspNetCore.ServicesClass, at));
        _origins.Add(new TypeOrigin(AspNetCoreWebhooksModel.EndpointsNamespace + "." + aspNetCore.EndpointsClass, at));
        return new WebhooksModel(Namespace, EventBaseClass, UnknownEventClass, names.Reader, events.ToEquatableArray(), aspNetCore, EventTypeEnum);
    }
}
