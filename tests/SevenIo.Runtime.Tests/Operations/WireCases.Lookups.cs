using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>
/// Lookups and hooks. A lookup of one number answers an object, of several an array (D19); both read
/// as a list. The recorded quirks: CNAM's strings (D20), <c>false</c> for a country code (D21), HLR's
/// boolean outcome (D22) and roaming as a string (D23).
/// </summary>
internal static partial class WireCases
{
    private const string FormatAnswer = """
        {"success":true,"national":"0171 6992343","international":"+491716992343","international_formatted":"+49 171 6992343",
         "country_name":"Germany","country_code":"49","country_iso":"DE","carrier":"T-Mobile","network_type":"mobile"}
        """;

    public static IEnumerable<KeyValuePair<string, WireCase>> Lookups()
    {
        yield return new("Lookup.GetCnam", WireCase.Of(
            c => c.Lookup.GetCnamAsync(["491716992343"]),
            "GET", "/api/lookup/cnam", "?number=491716992343", null, string.Empty,
            """{"success":"true","code":"100","number":"+491716992343","name":"GERMANY"}""",
            r =>
            {
                var name = Assert.Single(r);
                Assert.Equal(((bool?)true, "100", "GERMANY"), (name.Success, name.Code, name.Name));
            }));

        yield return new("Lookup.GetFormat", WireCase.Of(
            c => c.Lookup.GetFormatAsync(["491716992343", "123"]),
            "GET", "/api/lookup/format", "?number=491716992343%2C123", null, string.Empty,
            "[" + FormatAnswer + """,{"success":false,"national":"","international":"+","international_formatted":"","country_name":null,"country_code":false,"country_iso":null,"carrier":null,"network_type":null}]""",
            r =>
            {
                Assert.Equal(("0171 6992343", "49", "T-Mobile"), (r[0].National, r[0].CountryCode, r[0].Carrier));
                Assert.Equal(((bool?)false, (string?)null, string.Empty), (r[1].Success, r[1].CountryCode, r[1].National));
            }));

        yield return new("Lookup.GetHlr", WireCase.Of(
            c => c.Lookup.GetHlrAsync(["491716992343"]),
            "GET", "/api/lookup/hlr", "?number=491716992343", null, string.Empty,
            """
            {"status":true,"status_message":"success","lookup_outcome":true,"lookup_outcome_message":"success","international_format_number":"491716992343",
             "international_formatted":"+49 171 6992343","national_format_number":"0171 6992343","country_code":"DE","country_name":"Germany","country_prefix":"49",
             "current_carrier":{"network_code":"26201","name":"Telekom Deutschland GmbH","country":"DE","network_type":"mobile"},
             "original_carrier":{"network_code":"26201","name":"Telekom Deutschland GmbH","country":"DE","network_type":"mobile"},
             "valid_number":"valid","reachable":"reachable","ported":"assumed_not_ported","roaming":"not_roaming","gsm_code":"0","gsm_message":"No error"}
            """,
            r =>
            {
                var hlr = Assert.Single(r);
                Assert.Equal(((bool?)true, "true", "DE", "26201"), (hlr.Status, hlr.LookupOutcome, hlr.CountryCode, hlr.CurrentCarrier!.NetworkCode));
                Assert.Equal(("not_roaming", (string?)null), (hlr.Roaming!.Status, hlr.Roaming.RoamingCountryCode));
                Assert.Equal(("assumed_not_ported", "0"), (hlr.Ported, hlr.GsmCode));
            }));

        yield return new("Lookup.GetMnp", WireCase.Of(
            c => c.Lookup.GetMnpAsync(["491716992343"]),
            "GET", "/api/lookup/mnp", "?number=491716992343", null, string.Empty,
            """{"success":true,"code":100,"price":0.005,"mnp":{"country":"DE","number":"+491716992343","national_format":"0171 6992343","international_formatted":"+49 171 6992343","network":"Telekom Deutschland GmbH","mccmnc":"26201","isPorted":false,"network_type":"mobile"}}""",
            r =>
            {
                var mnp = Assert.Single(r);
                Assert.Equal(((int?)100, (decimal?)0.005m, "26201", (bool?)false), (mnp.Code, mnp.Price, mnp.Mnp!.Mccmnc, mnp.Mnp.IsPorted));
            }));

        yield return new("Lookup.GetRcs", WireCase.Of(
            c => c.Lookup.GetRcsAsync(["491716992343"]),
            "GET", "/api/lookup/rcs", "?number=491716992343", null, string.Empty,
            FormatAnswer.TrimEnd().TrimEnd('}') + ""","rcs_capabilities":["RICHCARD_STANDALONE","ACTION_OPEN_URL"]}""",
            r => Assert.Equal(["RICHCARD_STANDALONE", "ACTION_OPEN_URL"], Assert.Single(r).Capabilities)));
    }

    public static IEnumerable<KeyValuePair<string, WireCase>> Hooks()
    {
        yield return new("Hooks.List", WireCase.Of(
            c => c.Hooks.ListAsync(),
            "GET", "/api/hooks", string.Empty, null, string.Empty,
            """{"success":true,"code":null,"hooks":[{"id":"2808","target_url":"https:\/\/acme.inc\/hook","event_type":"sms_mo","event_filter":null,"request_method":"GET","enabled":true,"created":"2024-11-06 15:05:03"}]}""",
            r => Assert.Equal((2808L, "https://acme.inc/hook", (string?)null, (bool?)true), (r[0].Id, r[0].TargetUrl, r[0].Headers, r[0].Enabled))));

        yield return new("Hooks.Create", WireCase.Of(
            c => c.Hooks.CreateAsync("https://acme.inc/hook", HookEventType.SmsMo, headers: "X-A: 1", eventFilter: "4915", requestMethod: HookRequestMethod.Json),
            "POST", "/api/hooks", string.Empty, WireCase.Form, "target_url=https%3A%2F%2Facme.inc%2Fhook&headers=X-A%3A+1&event_type=sms_mo&event_filter=4915&request_method=JSON",
            """{"success":true,"code":null,"id":2812,"error_message":null}""",
            r => Assert.Equal(2812L, r.Id)));

        yield return new("Hooks.Delete", WireCase.Of(
            c => c.Hooks.DeleteAsync(2812),
            "DELETE", "/api/hooks", string.Empty, WireCase.Form, "id=2812",
            """{"success":true,"code":null,"id":2812,"error_message":null}""",
            r => Assert.Equal(2812L, r.Id)));
    }
}
