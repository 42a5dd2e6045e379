using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SevenIo.GatewayEmulator;

/// <summary>
/// Number lookups. One number answers one object, several an array (D19); CNAM sends its code and
/// success as strings (D20); an unusable number's <c>country_code</c> is <c>false</c> (D21); HLR's
/// <c>lookup_outcome</c> is a boolean (D22) and <c>roaming</c> a string (D23).
/// </summary>
public sealed partial class EmulatedGateway
{
    private void AddLookups()
    {
        Route("GET", "/api/lookup/cnam", (context, _, p) => LookupAsync(context, p, WriteCallerName));
        Route("GET", "/api/lookup/format", (context, _, p) => LookupAsync(context, p, WriteFormat));
        Route("GET", "/api/lookup/hlr", (context, _, p) => LookupAsync(context, p, WriteHomeLocation));
        Route("GET", "/api/lookup/mnp", (context, _, p) => LookupAsync(context, p, WritePortability));
        Route("GET", "/api/lookup/rcs", (context, _, p) => LookupAsync(context, p, (writer, number) =>
        {
            WriteFormat(writer, number, close: false);
            writer.WriteStartArray("rcs_capabilities");
            writer.WriteStringValue("RICHCARD_STANDALONE");
            writer.WriteStringValue("ACTION_OPEN_URL");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private static Task LookupAsync(HttpContext context, Parameters parameters, System.Action<Utf8JsonWriter, string> write)
    {
        IReadOnlyList<string> numbers = parameters.List("number");
        if (numbers.Count == 0)
        {
            return Answer.RefusedAsync(context, "number is missing");
        }

        return Answer.JsonAsync(context, writer =>
        {
            if (numbers.Count == 1)
            {
                write(writer, numbers[0]);
                return;
            }

            writer.WriteStartArray();
            foreach (var number in numbers)
            {
                write(writer, number);
            }

            writer.WriteEndArray();
        });
    }

    private static bool Usable(string number) => number.TrimStart('+').Length >= 8;

    private static void WriteCallerName(Utf8JsonWriter writer, string number)
    {
        writer.WriteStartObject();
        writer.WriteString("success", "true");
        writer.WriteString("code", "100");
        writer.WriteString("number", "+" + number.TrimStart('+'));
        writer.WriteString("name", "GERMANY");
        writer.WriteEndObject();
    }

    private static void WriteFormat(Utf8JsonWriter writer, string number) => WriteFormat(writer, number, close: true);

    private static void WriteFormat(Utf8JsonWriter writer, string number, bool close)
    {
        var usable = Usable(number);
        var digits = number.TrimStart('+');
        writer.WriteStartObject();
        writer.WriteBoolean("success", usable);
        writer.WriteString("national", usable ? "0" + digits[2..] : string.Empty);
        writer.WriteString("international", "+" + (usable ? digits : string.Empty));
        writer.WriteString("international_formatted", usable ? "+" + digits[..2] + " " + digits[2..] : string.Empty);
        WriteNullable(writer, "country_name", usable ? "Germany" : null);
        if (usable)
        {
            writer.WriteString("country_code", "49");
        }
        else
        {
            writer.WriteBoolean("country_code", false);
        }

        WriteNullable(writer, "country_iso", usable ? "DE" : null);
        WriteNullable(writer, "carrier", usable ? "T-Mobile" : null);
        WriteNullable(writer, "network_type", usable ? "mobile" : null);
        if (close)
        {
            writer.WriteEndObject();
        }
    }

    private static void WriteHomeLocation(Utf8JsonWriter writer, string number)
    {
        var digits = number.TrimStart('+');
        writer.WriteStartObject();
        writer.WriteBoolean("status", true);
        writer.WriteString("status_message", "success");
        writer.WriteBoolean("lookup_outcome", true);
        writer.WriteString("lookup_outcome_message", "success");
        writer.WriteString("international_format_number", digits);
        writer.WriteString("international_formatted", "+" + digits[..2] + " " + digits[2..]);
        writer.WriteString("national_format_number", "0" + digits[2..]);
        writer.WriteString("country_code", "DE");
        writer.WriteString("country_name", "Germany");
        writer.WriteString("country_prefix", "49");
        foreach (var carrier in new[] { "current_carrier", "original_carrier" })
        {
            writer.WriteStartObject(carrier);
            writer.WriteString("network_code", "26201");
            writer.WriteString("name", "Telekom Deutschland GmbH");
            writer.WriteString("country", "DE");
            writer.WriteString("network_type", "mobile");
            writer.WriteEndObject();
        }

        writer.WriteString("valid_number", "valid");
        writer.WriteString("reachable", "reachable");
        writer.WriteString("ported", "assumed_not_ported");
        writer.WriteString("roaming", "not_roaming");
        writer.WriteString("gsm_code", "0");
        writer.WriteString("gsm_message", "No error");
        writer.WriteEndObject();
    }

    private static void WritePortability(Utf8JsonWriter writer, string number)
    {
        var digits = number.TrimStart('+');
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteNumber("code", 100);
        writer.WriteNumber("price", 0.005m);
        writer.WriteStartObject("mnp");
        writer.WriteString("country", "DE");
        writer.WriteString("number", "+" + digits);
        writer.WriteString("national_format", "0" + digits[2..]);
        writer.WriteString("international_formatted", "+" + digits[..2] + " " + digits[2..]);
        writer.WriteString("network", "Telekom Deutschland GmbH");
        writer.WriteString("mccmnc", "26201");
        writer.WriteBoolean("isPorted", false);
        writer.WriteString("network_type", "mobile");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
