namespace SevenIo.Generator.Model;

/// <summary>
/// The <c>services.AddSevenClient(...)</c> extension, emitted only when the compilation has
/// Microsoft.Extensions.Http 8 or later (the typed-client factory, options validation at start
/// and configuration). It lives in Microsoft.Extensions.DependencyInjection, as such extensions do.
/// </summary>
internal sealed record DependencyInjectionUnit(string SpecPath, ClientModel Client)
    : GenerationUnit(SpecPath, DependencyInjectionNamespace, Client.Name + "ServiceCollectionExtensions")
{
    public const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";
}
