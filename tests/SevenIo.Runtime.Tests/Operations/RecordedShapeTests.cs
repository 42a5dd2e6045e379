using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// The other answers the reference records for real operations: every failure shape (F1 to F9)
/// raises SevenApiException with what the gateway said, and every variant of a success shape reads.
/// </summary>
public sealed class RecordedShapeTests
{
    [Theory]
    [InlineData("F1 bare code", 200, "application/json", "900", "900", "The gateway reported error code 900 (HTTP 200).")]
    [InlineData("F2 code in a JSON string", 200, "application/json", "\"900\"", "900", "The gateway reported error code 900 (HTTP 200).")]
    [InlineData("F3 hooks refusal", 200, "text/plain", """{"success":false,"code":null,"error_message":"Invalid URL"}""", null, "Invalid URL (HTTP 200)")]
    [InlineData("F4 subaccounts refusal", 200, "application/json", """{"success":false,"error":"Subaccount not found"}""", null, "Subaccount not found (HTTP 200)")]
    [InlineData("F5 RCS event refused", 400, "application/json", """{"success":false,"error_code":400,"error_message":""}""", "400", "The gateway answered HTTP 400 (Bad Request), error code 400.")]
    [InlineData("F6 text/plain JSON", 400, "text/plain", """{"error_code":400,"error_message":"Ungültige Rufnummer."}""", "400", "Ungültige Rufnummer. (HTTP 400, error code 400)")]
    [InlineData("F7 not found", 404, "application/json", """{"code":404,"message":"Page not found","errors":[]}""", "404", "Page not found (HTTP 404, error code 404)")]
    [InlineData("F9 nothing deleted", 200, "application/json", """{"success":false,"deleted":null}""", null, "The gateway reported a failure without a code or message (HTTP 200).")]
    [InlineData("SMS return code", 200, "application/json", """{"success":"900","messages":[]}""", "900", "The gateway reported error code 900 (HTTP 200).")]
    public async Task Every_recorded_failure_shape_is_a_SevenApiException_with_the_gateways_code_and_message(string shape, int status, string contentType, string body, string? code, string message)
    {
        await using var server = await Gateway.AnswerAsync(status, contentType, body);

        var e = await Assert.ThrowsAsync<SevenApiException>(() => Gateway.Client(server.BaseAddress).Sms.CancelAsync(["1"]));

        Assert.True((code, message, status) == (e.ErrorCode, e.Message, e.StatusCode), $"{shape}: {e.ErrorCode} | {e.Message}");
        Assert.Equal(body, e.RawContent);
    }

    [Fact]
    public async Task A_hook_list_of_2021_without_enabled_and_event_filter_reads()
    {
        await using var server = await Gateway.JsonAsync("""{"success":true,"code":null,"hooks":[{"id":"1277","target_url":"https://hooks.seven.io/hook","event_type":"all","request_method":"JSON","created":"2021-12-30 13:33:02"}]}""");

        var hook = Assert.Single(await Gateway.Client(server.BaseAddress).Hooks.ListAsync());

        Assert.Equal((1277L, (bool?)null, (string?)null, (string?)null), (hook.Id, hook.Enabled, hook.EventFilter, hook.Headers));
    }

    [Fact]
    public async Task A_test_dispatch_with_null_ids_and_a_partial_success_code_reads()
    {
        await using var server = await Gateway.JsonAsync("""
            {"success":"101","total_price":0,"balance":31.035,"debug":"true","sms_type":"direct","messages":[
              {"id":null,"sender":"Acme","recipient":"49170123456","text":"Hi","encoding":"gsm","label":null,"parts":1,"udh":null,"is_binary":false,"price":0,"success":true,"error":null,"error_text":null},
              {"id":null,"sender":"Acme","recipient":"1","text":"Hi","encoding":"gsm","label":null,"parts":1,"udh":null,"is_binary":false,"price":0,"success":false,"error":"202","error_text":"Empfänger ungültig"}]}
            """);

        var result = await Gateway.Client(server.BaseAddress).Sms.SendAsync("49170123456,1", "Hi");

        Assert.Equal((GatewayCode.PartlyAccepted, true, false), (result.ReturnCode, result.Debug, result.AllAccepted));
        Assert.All(result.Messages, m => Assert.Null(m.Id));
        Assert.Equal((false, (GatewayCode?)GatewayCode.InvalidRecipient), (result.Messages[1].Success, result.Messages[1].Error));
        Assert.Equal([result.Messages[1]], result.Refused);

        // Opt-in: a partial dispatch as a failure, with what was refused and why, and no recipient in the message.
        var partial = Assert.Throws<SevenPartialFailureException<DispatchMessage>>(() => result.EnsureAllAccepted());
        Assert.Equal(("The gateway refused 1 of 2 Messages (codes: 202).", 2, 200), (partial.Message, partial.Total, partial.StatusCode));
        Assert.Equal([result.Messages[1]], partial.Refused);
        Assert.IsAssignableFrom<SevenApiException>(partial);
    }

    [Fact]
    public async Task A_contact_labelled_text_html_reads_by_its_content()
    {
        await using var server = await Gateway.AnswerAsync(200, "text/html; charset=UTF-8", """{"id":1,"properties":{"firstname":"Tim"},"created":"2024-11-07 09:24:53"}""");

        var contact = await Gateway.Client(server.BaseAddress).Contacts.GetAsync(1);

        Assert.Equal((1L, "Tim"), (contact.Id, contact.Properties.FirstName));
        Assert.Empty(contact.Properties.AdditionalProperties);
    }

    [Fact]
    public async Task The_price_list_as_raw_csv_of_2023_reads_as_the_same_text()
    {
        const string csv = "\"countryCode\";\"countryName\";\"price\"\n\"DE\";\"Germany\";\"0.075\"\n";
        await using var server = await Gateway.AnswerAsync(200, "text/plain", csv);

        Assert.Equal(csv, await Gateway.Client(server.BaseAddress).Pricing.GetCsvAsync());
    }

    [Fact]
    public async Task Roaming_as_the_published_object_and_a_voice_id_as_a_string_read_too()
    {
        await using var lookup = await Gateway.JsonAsync("""[{"roaming":{"status":"roaming","roaming_country_code":"AT","roaming_network_code":"23201","roaming_network_name":"A1"}},{"roaming":null}]""");
        await using var voice = await Gateway.JsonAsync("""{"success":"100","debug":"true","messages":[{"id":"123456789","success":true}]}""");

        var hlr = await Gateway.Client(lookup.BaseAddress).Lookup.GetHlrAsync(["4366412345678", "4366412345679"]);
        var call = await Gateway.Client(voice.BaseAddress).Voice.SendAsync("4366412345678", "Hi");

        Assert.Equal(("roaming", "AT", "A1"), (hlr[0].Roaming!.Status, hlr[0].Roaming!.RoamingCountryCode, hlr[0].Roaming!.RoamingNetworkName));
        Assert.Null(hlr[1].Roaming);
        Assert.Equal(("123456789", true), (call.Messages[0].Id, call.Debug));
    }

    [Theory]
    [InlineData("""[{"id":"1","status":"DELIVERED","status_time":"2024-11-07 10:02:03.000"},{"id":"2","status":null,"status_time":null}]""")]
    [InlineData("""[[{"id":"1","status":"DELIVERED","status_time":"2024-11-07 10:02:03.000"}],[{"id":"2","status":null,"status_time":null}]]""")]
    [InlineData("""[[{"id":"1","status":"DELIVERED","status_time":"2024-11-07 10:02:03.000"},{"id":"2","status":null,"status_time":null}]]""")]
    public async Task Statuses_read_flat_as_the_wire_sends_them_and_nested_as_the_published_description_has_them(string answer)
    {
        await using var server = await Gateway.JsonAsync(answer);

        var statuses = await Gateway.Client(server.BaseAddress).Status.GetAsync(["1", "2"]);

        Assert.Equal([("1", (DeliveryStatus?)DeliveryStatus.Delivered), ("2", null)], statuses.Select(s => (s.Id, s.Status)));
    }

    [Fact]
    public void An_array_of_json_values_keeps_its_nested_arrays_as_items()
    {
        var reader = new System.Text.Json.Utf8JsonReader("""[[1,2],3]"""u8);
        reader.Read();

        var items = new System.Collections.Generic.List<string>();
        var cursor = JsonValues.OpenJsonArray(ref reader);
        while (cursor.MoveNext(ref reader))
        {
            items.Add(JsonValues.ReadJson(ref reader).GetRawText());
        }

        Assert.Equal(["[1,2]", "3"], items);
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task The_balance_is_asked_for_as_json_and_read_as_a_decimal()
    {
        await using var emulator = await GatewayEmulator.EmulatedGateway.StartAsync(Gateway.ApiKey);

        var balance = await Gateway.Client(emulator.BaseAddress).Balance.GetAsync();

        // Without Accept: application/json the gateway answers the bare text 31.11 (D3); the client always sends it.
        Assert.Equal((31.11m, "EUR"), (balance.Amount, balance.Currency));
        Assert.Equal("application/json", emulator.Requests.Single().Header("Accept"));
    }
}
