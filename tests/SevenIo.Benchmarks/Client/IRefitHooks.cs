using System.Collections.Generic;
using System.Threading.Tasks;
using Refit;

namespace SevenIo.Benchmarks.Client;

/// <summary>The same three operations as a Refit interface, with System.Text.Json and the same DTOs.</summary>
[Headers("X-Api-Key: benchmark-key")]
public interface IRefitHooks
{
    [Get("/api/hooks")]
    Task<HookListDto> ListAsync();

    [Post("/api/hooks")]
    Task<ResultDto> CreateAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form);

    [Delete("/api/hooks")]
    Task<ResultDto> DeleteAsync([Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form);
}
