using System.Collections.Generic;

namespace SevenIo.Testing.Webhooks;

/// <summary>
/// One delivery per event and shape of the reference (seven-webhook-deliveries.md), with its values
/// typed as the reference shows them: ids and times often as strings, some as numbers.
/// </summary>
public static class WebhookFixtures
{
    /// <summary>By name: the <c>webhook_event</c>, the <c>webhook_timestamp</c> and the data object.</summary>
    public static IReadOnlyDictionary<string, (string Event, string Timestamp, string Data)> All { get; } = new Dictionary<string, (string, string, string)>
    {
        ["sms_mo"] = ("sms_mo", "2020-12-02 11:55:44", """{"id":"681590","sender":"SMS","system":"491771783130","text":"Hello & goodbye: 100% [sure] ü","time":"1605878104","message_type":"SMS"}"""),
        ["dlr"] = ("dlr", "2021-08-24T08:08:00+02:00", """{"msg_id":"77149843739","status":"TRANSMITTED","timestamp":"2021-08-24 08:08:00.000000"}"""),
        ["dlr_unknown_status"] = ("dlr", "2021-08-24T08:08:00+02:00", """{"msg_id":"77149843739","status":"QUEUED_ON_MARS","timestamp":"2021-08-24 08:08:00.000000","foreign_id":"order-7"}"""),
        ["tracking"] = ("tracking", "2022-07-27T07:38:18+02:00", """{"sms_id":"77160419373","sms_label":null,"tracking_url":"https://s77.de/a1","final_url":"https://acme.inc/offer","total_clicks":3,"total_views":5,"type":"click"}"""),
        ["voice_status"] = ("voice_status", "2022-07-27T07:38:18+02:00", """{"id":"123456","callerId":"4915112345","recipient":"4917612345","status":"completed","duration":"12","pricePerMinute":0.045,"timestamp":1658900298}"""),
        ["voice_call"] = ("voice_call", "2021-03-05 17:16:49", """{"id":2,"caller":"4943160049851","system":"4915112345","time":1614961009}"""),
        ["voice_dtmf"] = ("voice_dtmf", "2022-07-27T07:38:18+02:00", """{"id":7,"callerId":"4915112345","recipient":"4917612345","system":"4915112345","dtmf_digit":5,"duration":7,"pricePerMinute":0.045,"total_price":0.0053,"status":"active","timestamp":1658900298}"""),
        ["rcs_text"] = ("rcs", "2024-03-08T09:47:12+01:00", """{"agent_id":"acme_agent","id":1057,"sender":"4915112345678","time":1709887632,"message_type":"RCS","content_type":"text","text":"Hi there"}"""),
        ["rcs_suggestion"] = ("rcs", "2024-03-08T09:47:12+01:00", """{"agent_id":"acme_agent","id":1058,"sender":"4915112345678","time":1709887632,"message_type":"RCS","content_type":"suggestion_response","suggestion_response":{"postbackData":"yes_please","text":"Yes, please","type":"REPLY"},"foreign_id":"campaign-3"}"""),
        ["rcs_file"] = ("rcs", "2024-03-08T09:47:12+01:00", """{"agent_id":"acme_agent","id":1059,"sender":"4915112345678","time":1709887632,"message_type":"RCS","content_type":"user_file","user_file":{"payload":{"fileName":"photo.jpg","fileSizeBytes":183245,"fileUri":"https://rcs.example/f/1","mimeType":"image/jpeg"},"thumbnail":{"fileName":"thumb.jpg","fileSizeBytes":2048,"fileUri":"https://rcs.example/f/2","mimeType":"image/jpeg"}}}"""),
        ["rcs_location"] = ("rcs", "2024-03-08T09:47:12+01:00", """{"agent_id":"acme_agent","id":1060,"sender":"4915112345678","time":1709887632,"message_type":"RCS","content_type":"location","location":{"latitude":52.520008,"longitude":13.404954}}"""),
        ["rcs_status"] = ("rcs", "2024-03-08T09:47:12+01:00", """{"agent_id":"acme_agent","sender":"4915112345678","status":"READ","foreign_id":null,"msg_id":"77252938626","timestamp":"2024-03-08 09:47:12"}"""),
        ["unknown_wa_mo"] = ("wa_mo", "2025-01-10T10:00:00+01:00", """{"id":"wamid.1","from":"4917612345","text":"Hi"}"""),
    };
}
