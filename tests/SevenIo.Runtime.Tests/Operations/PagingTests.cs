using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// The generated <c>List…AllAsync</c> methods walk every page: against the emulator, which pages
/// the address book 30 at a time whatever the limit asks (as the gateway does) and the journals by
/// offset and limit over a bare array; and against scripted pages for the ways a list can end.
/// </summary>
public sealed class PagingTests
{
    [Fact]
    public void Every_list_the_reference_says_pages_has_a_method_that_walks_every_page()
    {
        var paged = typeof(SevenClient).Assembly.GetTypes()
            .Where(t => t.Namespace == "SevenIo" && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods()
                .Where(m => m.DeclaringType == t && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
                .Select(m => t.Name[..^"Client".Length] + "." + m.Name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["Contacts.ListAllAsync", "Groups.ListAllAsync", "Journal.ListAllInboundAsync", "Journal.ListAllOutboundAsync", "Journal.ListAllRepliesAsync", "Journal.ListAllVoiceAsync"],
            paged);
    }

    [Fact]
    public async Task Contacts_come_from_three_pages_that_start_where_the_entries_that_arrived_end()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);
        var created = new List<long>();
        for (var i = 0; i < 75; i++)
        {
            created.Add((await client.Contacts.CreateAsync(new ContactsCreateOptions { MobileNumber = "4917" + i.ToString("D6", CultureInfo.InvariantCulture) })).Id);
        }

        var before = emulator.Requests.Count;

        // The limit asks for 100; the gateway sends 30 a page, and the next page starts at 30, not at 100.
        var contacts = await ToListAsync(client.Contacts.ListAllAsync(limit: 100));

        Assert.Equal(created, contacts.Select(c => c.Id));
        Assert.Equal(["?limit=100&offset=0", "?limit=100&offset=30", "?limit=100&offset=60"], emulator.Requests.Skip(before).Select(r => r.Query));
    }

    [Fact]
    public async Task Groups_end_on_the_page_that_says_no_more_follow()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);
        for (var i = 0; i < 61; i++)
        {
            await client.Groups.CreateAsync("Group " + i.ToString(CultureInfo.InvariantCulture));
        }

        var before = emulator.Requests.Count;

        var groups = await ToListAsync(client.Groups.ListAllAsync());

        Assert.Equal(Enumerable.Range(0, 61).Select(i => "Group " + i.ToString(CultureInfo.InvariantCulture)), groups.Select(g => g.Name));
        Assert.Equal(["?offset=0", "?offset=30", "?offset=60"], emulator.Requests.Skip(before).Select(r => r.Query));
    }

    [Fact]
    public async Task A_journal_is_read_in_pages_of_its_limit_until_a_short_page()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);

        var entries = await ToListAsync(client.Journal.ListAllOutboundAsync(new JournalListOutboundOptions { To = "49170" }));

        Assert.Equal(EmulatedGateway.JournalLength, entries.Count);
        Assert.Equal(EmulatedGateway.JournalLength, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries, e => Assert.Equal("49170", e.To));
        Assert.Equal(["?to=49170&offset=0", "?to=49170&offset=100", "?to=49170&offset=200"], emulator.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task A_journal_whose_last_page_is_full_ends_on_the_empty_page_after_it()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);

        var entries = await ToListAsync(client.Journal.ListAllVoiceAsync(new JournalListVoiceOptions { Limit = 50, Offset = 100 }));

        Assert.Equal(EmulatedGateway.JournalLength - 100, entries.Count);
        Assert.Equal(["?limit=50&offset=100", "?limit=50&offset=150", "?limit=50&offset=200", "?limit=50&offset=250"], emulator.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task The_callers_options_are_not_changed_by_the_walk()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var options = new JournalListInboundOptions { Limit = 100, Offset = 50 };

        await ToListAsync(Gateway.Client(emulator.BaseAddress).Journal.ListAllInboundAsync(options));

        Assert.Equal(50, options.Offset);
        Assert.Equal(["?limit=100&offset=50", "?limit=100&offset=150", "?limit=100&offset=250"], emulator.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task A_page_that_says_more_follow_but_is_empty_ends_the_list()
    {
        var pages = new[]
        {
            Page(hasMore: "true", 1, 2),
            Page(hasMore: "true"),
            Page(hasMore: "true", 3),
        };
        await using var server = await ScriptedAsync(pages);

        var contacts = await ToListAsync(Gateway.Client(server.BaseAddress).Contacts.ListAllAsync());

        Assert.Equal([1L, 2L], contacts.Select(c => c.Id));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_page_that_does_not_say_whether_more_follow_ends_the_list_when_it_is_short()
    {
        var pages = new[]
        {
            Page(hasMore: null, Enumerable.Range(1, 30).ToArray()),
            Page(hasMore: null, 31, 32),
            Page(hasMore: null, 33),
        };
        await using var server = await ScriptedAsync(pages);

        var contacts = await ToListAsync(Gateway.Client(server.BaseAddress).Contacts.ListAllAsync());

        Assert.Equal(Enumerable.Range(1, 32).Select(i => (long)i), contacts.Select(c => c.Id));
        Assert.Equal(["?offset=0", "?offset=30"], server.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Nothing_is_requested_until_the_list_is_enumerated_and_only_as_far_as_it_is()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var list = Gateway.Client(emulator.BaseAddress).Journal.ListAllRepliesAsync();
        Assert.Empty(emulator.Requests);

        var firstHundredAndOne = new List<ReplyJournalEntry>();
        await foreach (var entry in list)
        {
            firstHundredAndOne.Add(entry);
            if (firstHundredAndOne.Count == 101)
            {
                break;
            }
        }

        Assert.Equal(2, emulator.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_stops_the_walk_with_either_token()
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);

        foreach (var viaEnumerator in new[] { false, true })
        {
            using var cancel = new CancellationTokenSource();
            var list = viaEnumerator
                ? client.Journal.ListAllOutboundAsync().WithCancellation(cancel.Token)
                : client.Journal.ListAllOutboundAsync(cancellationToken: cancel.Token).WithCancellation(default);
            var seen = 0;
            var before = emulator.Requests.Count;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var entry in list)
                {
                    if (++seen == 100)
                    {
                        cancel.Cancel();
                    }
                }
            });

            Assert.Equal(100, seen);
            Assert.Equal(1, emulator.Requests.Count - before);
        }
    }

    [Fact]
    public async Task A_gateway_failure_on_a_later_page_surfaces_while_enumerating()
    {
        var pages = new[] { Page(hasMore: "true", 1), "{\"success\": false, \"error\": \"Server busy\"}" };
        await using var server = await ScriptedAsync(pages);
        var seen = new List<long>();

        var error = await Assert.ThrowsAsync<SevenApiException>(async () =>
        {
            await foreach (var contact in Gateway.Client(server.BaseAddress).Contacts.ListAllAsync())
            {
                seen.Add(contact.Id);
            }
        });

        Assert.Equal([1L], seen);
        Assert.Contains("Server busy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked_when_the_method_is_called_not_when_the_list_is_enumerated()
    {
        var client = Gateway.Client(new Uri("http://127.0.0.1:9/"));

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Groups.ListAllAsync(offset: -1));
    }

    /// <summary>A contacts page: the given IDs, and <c>has_more</c> as JSON text, or left out when null.</summary>
    private static string Page(string? hasMore, params int[] ids) =>
        "{\"pagingMetadata\":{\"offset\":0,\"count\":" + ids.Length.ToString(CultureInfo.InvariantCulture) + ",\"total\":null,\"limit\":30"
        + (hasMore is null ? string.Empty : ",\"has_more\":" + hasMore)
        + "},\"data\":[" + string.Join(",", ids.Select(id => "{\"id\":" + id.ToString(CultureInfo.InvariantCulture) + ",\"properties\":{}}")) + "]}";

    /// <summary>A server that answers the pages in order, one per request, then 404.</summary>
    private static Task<LoopbackServer> ScriptedAsync(string[] pages)
    {
        var next = -1;
        return Gateway.HandleAsync(async context =>
        {
            var index = Interlocked.Increment(ref next);
            if (index >= pages.Length)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(pages[index]);
        });
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
