using System.Globalization;
using System.Text;

namespace SevenIo.Benchmarks.Gateway;

/// <summary>Response bodies shaped like the gateway's, from the reference.</summary>
public static class Responses
{
    public static readonly byte[] Result = Encoding.UTF8.GetBytes("""{ "success": true, "code": null, "id": 12345, "error_message": null }""");

    /// <summary>An SMS dispatch accepted for one recipient (rec-2024's shape: the return code as a string).</summary>
    public static readonly byte[] Dispatch = Encoding.UTF8.GetBytes("""{"success":"100","total_price":0.075,"balance":30.425,"debug":"false","sms_type":"direct","messages":[{"id":"77252877851","sender":"Acme","recipient":"49176123456789","text":"Your parcel arrives today.","encoding":"gsm","label":"parcels","parts":1,"udh":null,"is_binary":false,"price":0.075,"success":true,"error":null,"error_text":null}]}""");

    public static byte[] List(int count) => Encoding.UTF8.GetBytes("{\"success\":true,\"code\":null,\"hooks\":" + HookArray(count) + "}");

    public static string HookArray(int count)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""
                {"id":"{{410 + i}}","target_url":"https://acme.inc/v1/webhooks/{{i}}","headers":"{{(i % 2 == 0 ? "" : "Authorization: Basic dXNlcjpwYXNz")}}","event_type":"{{(i % 3 == 0 ? "sms_mo" : "all")}}","event_filter":{{(i % 2 == 0 ? "\"49157123456789\"" : "null")}},"request_method":"{{(i % 2 == 0 ? "GET" : "JSON")}}","enabled":{{(i % 5 == 0 ? "false" : "true")}},"created":"2021-03-01 11:19:08"}
                """);
        }

        return builder.Append(']').ToString();
    }
}
