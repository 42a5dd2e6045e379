using System;
using System.Collections.Generic;
using SevenIo.Testing.Webhooks;
using Xunit;

namespace SevenIo.Tests.Shared;

/// <summary>
/// What each fixture of <see cref="WebhookFixtures"/> must read as, whichever way it was delivered.
/// Linked into the test projects, so that it compiles against each one's generated event classes.
/// </summary>
internal static class WebhookExpectations
{
    public static readonly IReadOnlyDictionary<string, Action<WebhookEvent>> Checks = new Dictionary<string, Action<WebhookEvent>>
    {
        ["sms_mo"] = e =>
        {
            var sms = Assert.IsType<SmsMoEvent>(e);
            Assert.Equal(("681590", "SMS", "491771783130", "Hello & goodbye: 100% [sure] ü", (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1605878104), "SMS"), (sms.Data.Id, sms.Data.Sender, sms.Data.System, sms.Data.Text, sms.Data.Time, sms.Data.MessageType));
            Assert.Equal(new DateTimeOffset(2020, 12, 2, 11, 55, 44, TimeSpan.FromHours(1)), sms.Time);
        },
        ["dlr"] = e =>
        {
            var dlr = Assert.IsType<DlrEvent>(e);
            Assert.Equal(("77149843739", (DeliveryStatus?)DeliveryStatus.Transmitted, "2021-08-24 08:08:00.000000"), (dlr.Data.MsgId, dlr.Data.Status, dlr.Data.Timestamp));
            Assert.Equal(new DateTimeOffset(2021, 8, 24, 8, 8, 0, TimeSpan.FromHours(2)), dlr.Time);
        },
        ["dlr_unknown_status"] = e =>
        {
            var dlr = Assert.IsType<DlrEvent>(e);
            Assert.Equal((new DeliveryStatus("QUEUED_ON_MARS"), "order-7"), (dlr.Data.Status!.Value, dlr.Data.ForeignId));
        },
        ["tracking"] = e =>
        {
            var tracking = Assert.IsType<TrackingEvent>(e);
            Assert.Equal(("77160419373", (string?)null, "https://acme.inc/offer", (int?)3, (int?)5, "click"), (tracking.Data.SmsId, tracking.Data.SmsLabel, tracking.Data.FinalUrl, tracking.Data.TotalClicks, tracking.Data.TotalViews, tracking.Data.Type));
        },
        ["voice_status"] = e =>
        {
            var status = Assert.IsType<VoiceStatusEvent>(e);
            Assert.Equal(("123456", "completed", (decimal?)12m, (decimal?)0.045m, (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1658900298)), (status.Data.Id, status.Data.Status, status.Data.Duration, status.Data.PricePerMinute, status.Data.Timestamp));
        },
        ["voice_call"] = e =>
        {
            var call = Assert.IsType<VoiceCallEvent>(e);
            Assert.Equal(("2", "4943160049851", (DateTimeOffset?)DateTimeOffset.FromUnixTimeSeconds(1614961009)), (call.Data.Id, call.Data.Caller, call.Data.Time));
        },
        ["voice_dtmf"] = e =>
        {
            var dtmf = Assert.IsType<VoiceDtmfEvent>(e);
            Assert.Equal(("7", "5", (decimal?)0.0053m, "active"), (dtmf.Data.Id, dtmf.Data.DtmfDigit, dtmf.Data.TotalPrice, dtmf.Data.Status));
        },
        ["rcs_text"] = e =>
        {
            var message = Assert.IsType<RcsMessage>(Assert.IsType<RcsEvent>(e).Data);
            Assert.Equal(("1057", (RcsContentType?)RcsContentType.Text, "Hi there"), (message.Id, message.ContentType, message.Text));
        },
        ["rcs_suggestion"] = e =>
        {
            var message = Assert.IsType<RcsMessage>(Assert.IsType<RcsEvent>(e).Data);
            Assert.Equal(((RcsContentType?)RcsContentType.SuggestionResponse, "yes_please", "REPLY", "campaign-3"), (message.ContentType, message.SuggestionResponse!.PostbackData, message.SuggestionResponse.Type, message.ForeignId));
        },
        ["rcs_file"] = e =>
        {
            var message = Assert.IsType<RcsMessage>(Assert.IsType<RcsEvent>(e).Data);
            Assert.Equal(("photo.jpg", (long?)183245, "image/jpeg", "thumb.jpg"), (message.UserFile!.Payload!.FileName, message.UserFile.Payload.FileSizeBytes, message.UserFile.Payload.MimeType, message.UserFile.Thumbnail!.FileName));
        },
        ["rcs_location"] = e =>
        {
            var message = Assert.IsType<RcsMessage>(Assert.IsType<RcsEvent>(e).Data);
            Assert.Equal(((double?)52.520008, (double?)13.404954), (message.Location!.Latitude, message.Location.Longitude));
        },
        ["rcs_status"] = e =>
        {
            var update = Assert.IsType<RcsStatusUpdate>(Assert.IsType<RcsEvent>(e).Data);
            Assert.Equal(("77252938626", (RcsMessageStatus?)RcsMessageStatus.Read, (string?)null), (update.MsgId, update.Status, update.ForeignId));
        },
        ["unknown_wa_mo"] = e =>
        {
            var unknown = Assert.IsType<UnknownWebhookEvent>(e);
            Assert.Equal("wa_mo", unknown.EventType);
            Assert.Equal("wamid.1", unknown.Data.GetProperty("id").GetString());
        },
    };

    /// <summary>Every fixture with every delivery method, as test data.</summary>
    public static TheoryData<string, DeliveryMethod> Matrix()
    {
        var data = new TheoryData<string, DeliveryMethod>();
        foreach (var fixture in WebhookFixtures.All.Keys)
        {
            foreach (var method in Enum.GetValues<DeliveryMethod>())
            {
                data.Add(fixture, method);
            }
        }

        return data;
    }
}
