using SevenIo.Generator.Collections;

namespace SevenIo.Generator.Model;

/// <summary>
/// The webhook events of a client: an abstract event class, one class per event, one for events the
/// spec does not know, and the static class that reads a delivery into one of them. With ASP.NET
/// Core in the compilation, also <c>services.Add…Webhooks()</c> and <c>endpoints.Map…Webhooks()</c>.
/// </summary>
/// <param name="Namespace">The client's namespace.</param>
/// <param name="BaseClass">The abstract event class, <c>WebhookEvent</c>.</param>
/// <param name="UnknownClass">The event class for names the spec does not know, <c>UnknownWebhookEvent</c>.</param>
/// <param name="ReaderClass">The static class with <c>Read</c>, e.g. <c>SevenWebhooks</c>.</param>
/// <param name="Events">The events the spec describes.</param>
/// <param name="AspNetCore">The ASP.NET Core integration's names.</param>
/// <param name="EventTypeEnum">The extensible enum of the <c>webhook_event</c> names, one value per event, that types <c>EventType</c>.</param>
internal sealed record WebhooksModel(string Namespace, string BaseClass, string UnknownClass, string ReaderClass, EquatableArray<EventModel> Events, AspNetCoreWebhooksModel AspNetCore, string EventTypeEnum)
{
    /// <summary>The reading method of <see cref="ReaderClass"/>.</summary>
    public const string ReadMethod = "Read";
}

/// <param name="WireName">The <c>webhook_event</c> name.</param>
/// <param name="ClassName">The event class, e.g. <c>SmsMoEvent</c>.</param>
/// <param name="Description">The XML doc summary.</param>
/// <param name="Data">The type of its <c>Data</c> property: a model.</param>
/// <param name="ReaderField">The reader class's cached delegate that reads the data.</param>
internal sealed record EventModel(string WireName, string ClassName, string? Description, TypeModel Data, string ReaderField);

/// <summary>
/// <c>AddSevenWebhooks</c> (in Microsoft.Extensions.DependencyInjection) and <c>MapSevenWebhooks</c>
/// (in Microsoft.AspNetCore.Builder), emitted when the compilation references ASP.NET Core.
/// </summary>
/// <param name="ServicesClass">The static class with the <c>Add</c> method.</param>
/// <param name="AddMethod">e.g. <c>AddSevenWebhooks</c>.</param>
/// <param name="EndpointsClass">The static class with the <c>Map</c> method.</param>
/// <param name="MapMethod">e.g. <c>MapSevenWebhooks</c>.</param>
/// <param name="ConfigurationSection">Where the options are read from, e.g. <c>Seven</c>.</param>
/// <param name="LoggerCategory">The category of the endpoint's log.</param>
internal sealed record AspNetCoreWebhooksModel(string ServicesClass, string AddMethod, string EndpointsClass, string MapMethod, string ConfigurationSection, string LoggerCategory)
{
    public const string ServicesNamespace = "Microsoft.Extensions.DependencyInjection";
    public const string EndpointsNamespace = "Microsoft.AspNetCore.Builder";
}
