using System;
using System.Collections.Generic;
using Xunit;

namespace SevenIo.Runtime.Tests.Operations;

/// <summary>SMS, status, RCS, voice, caller ID validation and WhatsApp: recorded answers (rec-2023/2024) or the published shape.</summary>
internal static partial class WireCases
{
    private const string SmsAnswer = """
        {"success":"100","total_price":0.075,"balance":31.035,"debug":"false","sms_type":"direct","messages":[
          {"id":"77252877851","sender":"Acme","recipient":"49170123456","text":"Hello world","encoding":"gsm","label":null,"parts":1,
           "udh":null,"is_binary":false,"price":0.075,"success":true,"error":null,"error_text":null}]}
        """;

    public static IEnumerable<KeyValuePair<string, WireCase>> Messaging()
    {
        yield return new("Sms.Send", WireCase.Of(
            c => c.Sms.SendAsync("49170123456,49170654321", "Hello world", new SmsSendOptions { From = "Acme", ForeignId = "order-7", Label = "promo", Udh = "050003CC0201", Delay = DateTimeOffset.FromUnixTimeSeconds(1735689600), Flash = true, PerformanceTracking = false, Ttl = 60 }),
            "POST", "/api/sms", string.Empty, WireCase.Form,
            "to=49170123456%2C49170654321&text=Hello+world&from=Acme&foreign_id=order-7&label=promo&udh=050003CC0201&delay=1735689600&flash=1&performance_tracking=0&ttl=60",
            SmsAnswer,
            r =>
            {
                Assert.Equal((GatewayCode.Accepted, 0.075m, 31.035m, false, "direct", true), (r.ReturnCode, r.TotalPrice, r.Balance, r.Debug, r.SmsType, r.AllAccepted));
                Assert.Same(r, r.EnsureAllAccepted());
                var m = Assert.Single(r.Messages);
                Assert.Equal(("77252877851", "Acme", "49170123456", (MessageEncoding?)MessageEncoding.Gsm, 1, false, 0.075m, true), (m.Id, m.Sender, m.Recipient, m.Encoding, m.Parts, m.IsBinary, m.Price, m.Success));
                Assert.Equal(((GatewayCode?)null, (string?)null, (string?)null), (m.Error, m.ErrorText, m.Label));
            }));

        yield return new("Sms.Cancel", WireCase.Of(
            c => c.Sms.CancelAsync(["77252877851", "77252877852"]),
            "DELETE", "/api/sms", string.Empty, WireCase.Form, "ids%5B0%5D=77252877851&ids%5B1%5D=77252877852",
            """{"success":true,"deleted":["77252877851",77252877852]}""",
            r => Assert.Equal(["77252877851", "77252877852"], r.Deleted)));

        yield return new("Status.Get", WireCase.Of(
            c => c.Status.GetAsync(["77252885093", "77252885094"]),
            "GET", "/api/status", "?msg_id=77252885093%2C77252885094", null, string.Empty,
            """[{"id":"77252885093","status":null,"status_time":null},{"id":"77252885094","status":"DELIVERED","status_time":"2023-08-23 14:13:12.000"}]""",
            r =>
            {
                Assert.Equal(("77252885093", (DeliveryStatus?)null, (DateTime?)null), (r[0].Id, r[0].Status, r[0].StatusTime));
                Assert.Equal((DeliveryStatus.Delivered, new DateTime(2023, 8, 23, 14, 13, 12)), (r[1].Status, r[1].StatusTime));
            }));

        yield return new("Rcs.Send", WireCase.Of(
            c => c.Rcs.SendAsync("4915112345678", "Hi", new RcsSendOptions { From = "acme_agent", ForeignId = "f1", Label = "l1", Delay = DateTimeOffset.FromUnixTimeSeconds(1735689600), PerformanceTracking = true, Fallback = RcsFallback.Sms, Ttl = 10 }),
            "POST", "/api/rcs/messages", string.Empty, WireCase.Form,
            "to=4915112345678&text=Hi&from=acme_agent&foreign_id=f1&label=l1&delay=1735689600&performance_tracking=1&fallback=sms&ttl=10",
            """
            {"success":"100","total_price":0,"balance":29.605,"debug":"false","sms_type":"direct","messages":[
              {"id":"77252938626","sender":"testersinc_3888FC35","recipient":"4915112345678","text":null,"encoding":null,"label":null,"parts":1,
               "udh":null,"is_binary":null,"price":0,"success":false,"error":305,"error_text":"SMS Text ungültig","channel":"RCS","fallback":null}]}
            """,
            r =>
            {
                // F8: the answer succeeds, the one message inside it does not; the caller sees it there.
                var m = Assert.Single(r.Messages);
                Assert.Equal((false, (GatewayCode?)GatewayCode.InvalidText, "SMS Text ungültig", "RCS"), (m.Success, m.Error, m.ErrorText, m.Channel));
                Assert.Equal(((string?)null, (bool?)null, (MessageEncoding?)null), (m.Text, m.IsBinary, m.Encoding));
            }));

        yield return new("Rcs.Cancel", WireCase.Of(
            c => c.Rcs.CancelAsync("77252938626"),
            "DELETE", "/api/rcs/messages/77252938626", string.Empty, null, string.Empty,
            """{"success":true}""",
            r => Assert.True(r.Success)));

        yield return new("Rcs.SendEvent", WireCase.Of(
            c => c.Rcs.SendEventAsync(RcsEventType.IsTyping, to: "4915112345678", messageId: "m1"),
            "POST", "/api/rcs/events", string.Empty, WireCase.Form, "event=IS_TYPING&to=4915112345678&msg_id=m1",
            """{"success":true}""",
            r => Assert.True(r.Success)));

        yield return new("Voice.Send", WireCase.Of(
            c => c.Voice.SendAsync("491716992343", "Hello", from: "4915112345", ringTime: 30, foreignId: "c1"),
            "POST", "/api/voice", string.Empty, WireCase.Form, "to=491716992343&text=Hello&from=4915112345&ringtime=30&foreign_id=c1",
            """{"success":"100","total_price":0.1,"balance":12.4,"debug":false,"messages":[{"id":1038703,"sender":"4915112345","recipient":"491716992343","text":"Hello","price":0.1,"success":true,"error":null,"error_text":null}]}""",
            r =>
            {
                // D41: the call's id is a number here, read as the string the other dispatches send.
                Assert.Equal((GatewayCode.Accepted, false), (r.ReturnCode, r.Debug));
                Assert.Equal(("1038703", 0.1m), (r.Messages[0].Id, r.Messages[0].Price));
            }));

        yield return new("Voice.HangUp", WireCase.Of(
            c => c.Voice.HangUpAsync("1038703"),
            "POST", "/api/voice/1038703/hangup", string.Empty, null, string.Empty,
            """{"success":true,"error":null}""",
            r => Assert.Equal((true, (string?)null), (r.Success, r.Error))));

        yield return new("ValidateForVoice.Start", WireCase.Of(
            c => c.ValidateForVoice.StartAsync("4915112345", callback: "https://acme.inc/verified"),
            "POST", "/api/validate_for_voice", string.Empty, WireCase.Form, "number=4915112345&callback=https%3A%2F%2Facme.inc%2Fverified",
            """{"success":true,"code":"396177","error":null}""",
            r => Assert.Equal((true, "396177", (long?)null), (r.Success, r.Code, r.Id))));

        yield return new("Waba.Send", WireCase.Of(
            c => c.Waba.SendAsync(
                "4915100000000",
                "4917600000000",
                new WabaSendOptions
                {
                    Type = WabaMessageType.Template,
                    Template = "order_update",
                    Language = "de",
                    Components = new WabaComponents
                    {
                        Body = ["Tim", "42"],
                        Buttons = [new WabaTemplateButton { Type = "button", SubType = "url", Parameters = [new WabaTextValue { Type = "text", Text = "42" }] }],
                    },
                    Latitude = 52.52,
                    Longitude = 13.405,
                    Contacts = [new WabaContact { Name = new WabaContactName { FirstName = "Tim" }, Phones = [new WabaPhone { Phone = "49170", Type = WabaPhoneType.Cell }] }],
                    Ttl = 60,
                    PerformanceTracking = false,
                }),
            "POST", "/api/waba/messages", string.Empty, WireCase.Json,
            """{"from":"4915100000000","to":"4917600000000","type":"template","template":"order_update","language":"de","components":{"body":["Tim","42"],"buttons":[{"type":"button","sub_type":"url","parameters":[{"type":"text","text":"42"}]}]},"latitude":52.52,"longitude":13.405,"contacts":[{"name":{"first_name":"Tim"},"phones":[{"phone":"49170","type":"cell"}]}],"ttl":60,"performance_tracking":false}""",
            """{"success":"100","total_price":0.01,"balance":30,"debug":"false","sms_type":"WA","messages":[{"id":"wamid.1","sender":"4915100000000","recipient":"4917600000000","text":null,"encoding":null,"label":null,"parts":1,"udh":null,"is_binary":false,"price":0.01,"channel":"WA","success":true,"error":null,"error_text":null}]}""",
            r => Assert.Equal(("WA", "wamid.1", "WA"), (r.SmsType, r.Messages[0].Id, r.Messages[0].Channel))));

        yield return new("Waba.Cancel", WireCase.Of(
            c => c.Waba.CancelAsync("wamid.1"),
            "DELETE", "/api/waba/messages/wamid.1", string.Empty, null, string.Empty,
            """{"success":true}""",
            r => Assert.True(r.Success)));

        yield return new("Waba.SendEvent", WireCase.Of(
            c => c.Waba.SendEventAsync(WabaEventType.Reaction, reactionMessageId: "wamid.1", emoji: "yes"),
            "POST", "/api/waba/events", string.Empty, WireCase.Json, """{"event":"reaction","message_id":"wamid.1","emoji":"yes"}""",
            """{"success":true}""",
            r => Assert.True(r.Success)));
    }
}
