using Microsoft.CodeAnalysis;

namespace SevenIo.Generator.Planning;

/// <summary>What the consumer's compilation offers the generated code, as plain values the pipeline can compare.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http with options validation at start and configuration (8.0 or later).</param>
/// <param name="HasAspNetCore">ASP.NET Core's routing, with the same options, configuration and logging (8.0 or later).</param>
internal sealed record CompilationFacts(bool HasHttpClientFactory, bool HasAspNetCore = false)
{
    private static readonly string[] AspNetCoreTypes =
    {
        "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions",
        "Microsoft.AspNetCore.Http.Features.IHttpRequestFeature",
        "Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions",
        "Microsoft.Extensions.Options.IStartupValidator",
        "Microsoft.Extensions.Configuration.IConfiguration",
        "Microsoft.Extensions.Logging.ILoggerFactory",
        "System.TimeProvider",
    };

    private static readonly string[] HttpClientFactoryTypes =
    {
        "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions",
        "Microsoft.Extensions.Options.IStartupValidator",
        "Microsoft.Extensions.Configuration.IConfiguration",
        "Microsoft.Extensions.Logging.ILoggerFactory",
    };

    public static CompilationFacts From(Compilation compilation) =>
        new(HasAll(compilation, HttpClientFactoryTypes), HasAll(compilation, AspNetCoreTypes));

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
