using Microsoft.CodeAnalysis;

namespace SevenIo.Generator.Pipeline;

/// <summary>What the consumer's compilation offers the generated code, as plain values the pipeline can compare.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http with options validation at start and configuration (8.0 or later).</param>
internal sealed record CompilationFacts(bool HasHttpClientFactory)
{
    private static readonly string[] HttpClientFactoryTypes =
    {
        "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions",
        "Microsoft.Extensions.Options.IStartupValidator",
        "Microsoft.Extensions.Configuration.IConfiguration",
        "Microsoft.Extensions.Logging.ILoggerFactory",
    };

    public static CompilationFacts From(Compilation compilation)
    {
        foreach (var type in HttpClientFactoryTypes)
        {
            if (compilation.GetTypeByMetadataName(type) is null)
            {
                return new CompilationFacts(HasHttpClientFactory: false);
            }
        }

        return new CompilationFacts(HasHttpClientFactory: true);
    }
}
