using System.Globalization;
using System.Text;

namespace SevenIo.Generator.Model;

/// <summary>
/// A query or form field's name as it goes on the wire, escaped once at generation time so that the
/// runtime writes it as it is: RFC 3986's unreserved characters unchanged, everything else as
/// <c>%XX</c> of its UTF-8 bytes (a lone surrogate as U+FFFD), a space as <c>+</c> in a form and
/// <c>%20</c> in a query, exactly as <c>FormUrlEncodedContent</c> and <c>Uri.EscapeDataString</c> do.
/// </summary>
internal static class WireEscaping
{
    public static string Escape(string name, ParameterLocationKind location)
    {
        var escaped = new StringBuilder(name.Length);
        var bytes = Encoding.UTF8.GetBytes(name);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                escaped.Append((char)b);
            }
            else if (b == (byte)' ' && location == ParameterLocationKind.Form)
            {
                escaped.Append('+');
            }
            else
            {
                escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
