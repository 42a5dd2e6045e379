using Microsoft.CodeAnalysis;

namespace SevenIo.Generator.Planning;

/// <summary>What the consumer's compilation offers the generated code, as plain values the pipeline can compare.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http with options validation at start and configuration (8.0 or later).</param>
/// <param name="HasAspNetCore">The ASP.NET Core companion, SevenIo.Webhooks.AspNetCore (which brings ASP.NET Core 8.0 or later).</param>
/// <param name="LacksAspNetCoreCompanion">ASP.NET Core's routing without the companion: the receiving endpoint cannot be generated.</param>
internal sealed record CompilationFacts(bool HasHttpClientFactory, bool HasAspNetCore = false, bool LacksAspNetCoreCompanion = false)
{
    private const string AspNetCoreRouting = "Microsoft.AspNetCore.Routing.IEndpointRouteBuilder";

    private static readonly string[] AspNetCoreTypes =
    {
        "SevenIo.Runtime.WebhookEndpoint`1",
        "SevenIo.Runtime.WebhookServices",
    };

    private static readonly string[] HttpClientFactoryTypes =
    {
        "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions",
        "Microsoft.Extensions.Options.IStartupValidator",
        "Microsoft.Extensions.Configuration.IConfiguration",
        "Microsoft.Extensions.Logging.ILoggerFactory",
    };

    public static CompilationFacts From(Compilation compilation)
    {
        var companion = HasAll(compilation, AspNetCoreTypes);
        return new(HasAll(compilation, HttpClientFactoryTypes), companion, !companion && compilation.GetTypeByMetadataName(AspNetCoreRouting) is not null);
    }

    private static bool HasAll(Compilation compilation, string[] types)
    {
        foreach (var type in types)
        {
            if (compilation.GetTypeByMetadataName(type) is null)
            {
                return false;
            }
        }

        return true;
    }
}
