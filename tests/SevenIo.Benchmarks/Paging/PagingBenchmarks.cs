using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace SevenIo.Benchmarks.Paging;

/// <summary>
/// Reads a journal of 250 entries in pages of 100 (100, 100, 50) over an in-memory handler: with
/// <c>ListAllOutboundAsync</c>, and with the loop a user writes around <c>ListOutboundAsync</c>
/// (an options object per page, the offset advanced by what arrived, a short page ends it).
/// Divide the allocation by <see cref="Entries"/> for the cost per entry.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    public const int Entries = 250;
    private const int PageSize = 100;
    private SevenClient _client = null!;

    [GlobalSetup]
    public void Setup() => _client = new SevenClient(new HttpClient(new JournalPages()), new SevenClientOptions { ApiKey = "benchmark-key" });

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenLoop()
    {
        var read = 0;
        while (true)
        {
            var page = await _client.Journal.ListOutboundAsync(new JournalListOutboundOptions { Offset = read });
            for (var i = 0; i < page.Count; i++)
            {
                read += page[i].Id.Length > 0 ? 1 : 0;
            }

            if (page.Count < PageSize)
            {
                return read;
            }
        }
    }

    [Benchmark]
    public async Task<int> ListAll()
    {
        var read = 0;
        await foreach (var entry in _client.Journal.ListAllOutboundAsync())
        {
            read += entry.Id.Length > 0 ? 1 : 0;
        }

        return read;
    }

    /// <summary>Answers each journal page by its offset, from bytes made once.</summary>
    private sealed class JournalPages : HttpMessageHandler
    {
        private static readonly MediaTypeHeaderValue Json = new("application/json");
        private readonly byte[][] _pages = [Page(0, PageSize), Page(PageSize, PageSize), Page(2 * PageSize, Entries - (2 * PageSize))];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var query = request.RequestUri!.Query;
            var offset = int.Parse(query.AsSpan(query.IndexOf("offset=", StringComparison.Ordinal) + "offset=".Length), NumberStyles.None, CultureInfo.InvariantCulture);
            var content = new ByteArrayContent(offset / PageSize < _pages.Length ? _pages[offset / PageSize] : "[]"u8.ToArray());
            content.Headers.ContentType = Json;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }

        private static byte[] Page(int offset, int count)
        {
            var builder = new StringBuilder("[");
            for (var n = offset; n < offset + count; n++)
            {
                builder.Append(n == offset ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""
                    {"id":"{{77252877851 - n}}","from":"seven.io","to":"49179999999999","text":"Hello {{n}}","timestamp":"2024-10-22 11:24:42.123","price":"0.0750","channel":"SMS","dlr":"DELIVERED","dlr_timestamp":"2024-10-22 11:24:45.321","mccmnc":"26201","latency":"3.1980","label":null,"foreign_id":null,"type":"direct","connection":"http"}
                    """);
            }

            return Encoding.UTF8.GetBytes(builder.Append(']').ToString());
        }
    }
}
