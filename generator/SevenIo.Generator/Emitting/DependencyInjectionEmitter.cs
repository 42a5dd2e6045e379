using System.Linq;
using SevenIo.Generator.Contract;
using SevenIo.Generator.Model;
using SevenIo.Generator.Planning;

namespace SevenIo.Generator.Emitting;

/// <summary>
/// <c>services.AddSevenClient(...)</c>: the client as a typed <c>HttpClient</c> of
/// IHttpClientFactory, its options bound from configuration without reflection (so trimming and
/// Native AOT stay clean), then the caller's delegate, validated when the host starts.
/// </summary>
internal static class DependencyInjectionEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";

    public static void Emit(SourceWriter writer, DependencyInjectionModel model, CodeStyle style)
    {
        var client = model.Client;
        var clientType = CSharp.Qualified(client.Namespace, client.Name);
        var options = CSharp.Qualified(client.Namespace, client.OptionsName);
        var section = SourceWriter.XmlText(client.ConfigurationSection);
        var nullable = style.NullableAnnotations ? "?" : string.Empty;

        writer.Doc("summary", $"Registers <see cref=\"{clientType}\"/> with dependency injection.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {CSharp.Id(model.ClassName)}");

        writer.Doc("summary", $"Registers <see cref=\"{clientType}\"/> as a typed client of <c>IHttpClientFactory</c>.");
        writer.Line("/// <remarks>");
        writer.Line($"/// The options are read from the <c>{section}</c> configuration section ({Keys(section, RuntimeContract.ClientOptionKeys)})");
        writer.Line("/// when an <c>IConfiguration</c> is registered, then <paramref name=\"configure\"/> runs; a missing API key");
        writer.Line("/// fails when the host starts, not at the first call.");
        writer.Line("/// The client logs through the registered <c>ILoggerFactory</c> unless the options already have a logger.");
        writer.Line("/// Add handlers such as resilience to the returned builder, but retry only requests that change");
        writer.Line("/// nothing (GET): a retried POST, PATCH or DELETE may take effect twice.");
        writer.Line("/// </remarks>");
        writer.Doc("param", "The services.", "name=\"services\"");
        writer.Doc("param", "Sets options after configuration was applied; may be null.", "name=\"configure\"");
        writer.Doc("returns", "The builder of the client's <c>HttpClient</c>, to add handlers to.");
        writer.OpenBlock($"public static {DependencyInjection}.IHttpClientBuilder {CSharp.Id(model.AddMethod)}(this {DependencyInjection}.IServiceCollection services, global::System.Action<{options}>{nullable} configure = null)");
        writer.OpenBlock("if (services == null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(services));");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"{DependencyInjection}.OptionsServiceCollectionExtensions.AddOptions<{options}>(services)");
        writer.Indent();
        writer.Line($".Configure<global::System.IServiceProvider>((options, provider) => {model.BindMethod}(options, {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::Microsoft.Extensions.Configuration.IConfiguration>(provider)))");
        writer.Line(".Configure(options => configure?.Invoke(options))");
        writer.Line($".PostConfigure<global::Microsoft.Extensions.Logging.ILoggerFactory>((options, loggers) => options.Logger = options.Logger ?? loggers.CreateLogger({SourceWriter.Literal(client.FullName)}))");
        writer.Line($".Validate(options => !string.IsNullOrEmpty(options.ApiKey), {SourceWriter.Literal($"{client.OptionsName}.ApiKey is not set: put it in the '{client.ConfigurationSection}:ApiKey' configuration value or set it in {model.AddMethod}(options => ...).")})");
        writer.Line(".ValidateOnStart();");
        writer.Outdent();
        writer.Line($"return {DependencyInjection}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{clientType}, {clientType}>(");
        writer.Indent();
        writer.Line("services,");
        writer.Line($"(global::System.Net.Http.HttpClient httpClient, global::System.IServiceProvider provider) => new {clientType}(httpClient, {DependencyInjection}.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{options}>>(provider).Value));");
        writer.Outdent();
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"private static void {model.BindMethod}({options} options, global::Microsoft.Extensions.Configuration.IConfiguration{nullable} configuration)");
        writer.OpenBlock("if (configuration == null)");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"var section = configuration.GetSection({SourceWriter.Literal(client.ConfigurationSection)});");
        writer.Line($"{RuntimeContract.OptionsBinding}.Bind(options, key => section[key]);");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary><c>Seven:ApiKey</c>, <c>Seven:BaseAddress</c>, ...: the configuration keys, for documentation.</summary>
    internal static string Keys(string section, string[] keys) => string.Join(", ", keys.Select(key => $"<c>{section}:{key}</c>"));
}
