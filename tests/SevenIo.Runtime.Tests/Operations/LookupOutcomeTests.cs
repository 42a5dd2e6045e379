using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SevenIo.GatewayEmulator;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// A lookup's <c>success</c> is the gateway's verdict on one number: an unusable number looked up
/// alone (one object) gives the same item as the same number looked up among others (an array),
/// never a failed call. A failed call is still one.
/// </summary>
public sealed class LookupOutcomeTests
{
    private const string Unusable = "123";
    private const string Usable = "491716992343";

    public static TheoryData<string> Lookups => new(["Cnam", "Format", "Hlr", "Mnp", "Rcs"]);

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task An_unusable_number_alone_and_in_a_batch_gives_the_same_item(string lookup)
    {
        await using var emulator = await EmulatedGateway.StartAsync(Gateway.ApiKey);
        var client = Gateway.Client(emulator.BaseAddress);

        var alone = await LookUpAsync(client, lookup, [Unusable]);
        var batch = await LookUpAsync(client, lookup, [Usable, Unusable]);

        Assert.Single(alone);
        Assert.Equal(2, batch.Count);
        Assert.Equal(Success(alone[0]), Success(batch[1]));
    }

    [Fact]
    public async Task A_format_lookup_of_an_unusable_number_alone_is_a_result_that_says_so()
    {
        await using var server = await Gateway.JsonAsync("""{"success":false,"national":"","international":"+","international_formatted":"","country_name":null,"country_code":false,"country_iso":null,"carrier":null,"network_type":null}""");

        var format = Assert.Single(await Gateway.Client(server.BaseAddress).Lookup.GetFormatAsync([Unusable]));

        Assert.Equal((false, (string?)null), (format.Success, format.CountryCode));
    }

    [Fact]
    public async Task A_caller_name_lookup_that_says_false_as_text_alone_is_a_result()
    {
        await using var server = await Gateway.JsonAsync("""{"success":"false","code":"202","number":"123","name":""}""");

        var name = Assert.Single(await Gateway.Client(server.BaseAddress).Lookup.GetCnamAsync([Unusable]));

        Assert.False(name.Success);
    }

    [Theory]
    [InlineData(500, """{"success":false}""")]
    [InlineData(200, "900")]
    public async Task A_failed_lookup_call_is_still_a_SevenApiException(int status, string body)
    {
        await using var server = await Gateway.AnswerAsync(status, "application/json", body);

        await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Lookup.GetFormatAsync([Usable]));
    }

    private static async Task<IReadOnlyList<object>> LookUpAsync(SevenClient client, string lookup, string[] numbers) => lookup switch
    {
        "Cnam" => (await client.Lookup.GetCnamAsync(numbers)).Cast<object>().ToList(),
        "Format" => (await client.Lookup.GetFormatAsync(numbers)).Cast<object>().ToList(),
        "Hlr" => (await client.Lookup.GetHlrAsync(numbers)).Cast<object>().ToList(),
        "Mnp" => (await client.Lookup.GetMnpAsync(numbers)).Cast<object>().ToList(),
        _ => (await client.Lookup.GetRcsAsync(numbers)).Cast<object>().ToList(),
    };

    private static object? Success(object item) => item.GetType().GetProperty("Success")?.GetValue(item) ?? item.GetType().GetProperty("Status")?.GetValue(item);
}
