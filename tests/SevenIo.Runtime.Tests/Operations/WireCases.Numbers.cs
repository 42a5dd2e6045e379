using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>Inbound numbers, with a booked number as rec-2024 recorded it (D25).</summary>
internal static partial class WireCases
{
    private const string ActiveNumberAnswer = """
        {"country":"DE","number":"4916096754993","friendly_name":"","billing":{"fees":{"setup":0,"basic_charge":0.5,"sms_mo":0,"voice_mo":0},
         "payment_interval":"monthly"},"features":{"sms":true,"a2p_sms":true,"voice":false},
         "forward_sms_mo":{"sms":{"number":[],"enabled":false},"email":{"address":["a@acme.inc"],"enabled":true}},
         "expires":null,"created":"2024-11-07 10:09:59"}
        """;

    public static IEnumerable<KeyValuePair<string, WireCase>> Numbers()
    {
        yield return new("Numbers.ListActive", WireCase.Of(
            c => c.Numbers.ListActiveAsync(),
            "GET", "/api/numbers/active", string.Empty, null, string.Empty,
            $$"""{"activeNumbers":[{{ActiveNumberAnswer}}]}""",
            r => AssertActiveNumber(Assert.Single(r))));

        yield return new("Numbers.Get", WireCase.Of(
            c => c.Numbers.GetAsync("4916096754993"),
            "GET", "/api/numbers/active/4916096754993", string.Empty, null, string.Empty, ActiveNumberAnswer, AssertActiveNumber));

        yield return new("Numbers.Update", WireCase.Of(
            c => c.Numbers.UpdateAsync("4916096754993", friendlyName: "Support", smsForward: ["4917012345"], emailForward: ["a@acme.inc", "b@acme.inc"]),
            "PATCH", "/api/numbers/active/4916096754993", string.Empty, WireCase.Form,
            "friendly_name=Support&sms_forward%5B0%5D=4917012345&email_forward%5B0%5D=a%40acme.inc&email_forward%5B1%5D=b%40acme.inc",
            ActiveNumberAnswer,
            AssertActiveNumber));

        yield return new("Numbers.Delete", WireCase.Of(
            c => c.Numbers.DeleteAsync("4916096754993", deleteImmediately: true),
            "DELETE", "/api/numbers/active/4916096754993", "?delete_immediately=true", null, string.Empty,
            """{"success":"true"}""",
            r => Assert.True(r.Success)));

        yield return new("Numbers.ListAvailable", WireCase.Of(
            c => c.Numbers.ListAvailableAsync(country: "de", featuresSms: true, featuresApplicationSms: false, featuresVoice: true),
            "GET", "/api/numbers/available", "?country=de&features_sms=true&features_a2p_sms=false&features_voice=true", null, string.Empty,
            """
            {"availableNumbers":[{"country":"DE","number":"4916096754993","number_parsed":"+49 160 96754993",
             "fees":{"monthly":{"setup":0,"basic_charge":0.5},"annually":{"setup":9.9,"basic_charge":238.8},"sms_mo":0,"voice_mo":0.01},
             "features":{"sms":true,"a2p_sms":true,"voice":false}}]}
            """,
            r =>
            {
                var number = Assert.Single(r);
                Assert.Equal(("4916096754993", "+49 160 96754993"), (number.Number, number.NumberParsed));
                Assert.Equal(((decimal?)9.9m, (decimal?)238.8m, (decimal?)0.01m), (number.Fees!.Annually!.Setup, number.Fees.Annually.BasicCharge, number.Fees.InboundCall));
            }));

        yield return new("Numbers.Order", WireCase.Of(
            c => c.Numbers.OrderAsync("4916096754993", paymentInterval: PaymentInterval.Monthly),
            "POST", "/api/numbers/order", string.Empty, WireCase.Form, "number=4916096754993&payment_interval=monthly",
            """{"success":true,"error":null}""",
            r => Assert.True(r.Success)));
    }

    private static void AssertActiveNumber(ActiveNumber number)
    {
        Assert.Equal(("DE", "4916096754993", string.Empty), (number.Country, number.Number, number.FriendlyName));
        Assert.Equal(((decimal?)0.5m, PaymentInterval.Monthly), (number.Billing!.Fees.BasicCharge, number.Billing.PaymentInterval));
        Assert.Equal((true, true, false), (number.Features!.Sms, number.Features.ApplicationSms, number.Features.Voice));

        // D25: the forwarding numbers are a list on the wire; Slack is left out; expires is null.
        Assert.Empty(number.InboundSmsForwarding!.Sms!.Numbers);
        Assert.Equal(["a@acme.inc"], number.InboundSmsForwarding.Email!.Addresses);
        Assert.Null(number.InboundSmsForwarding.Slack);
        Assert.Null(number.Expires);
    }
}
