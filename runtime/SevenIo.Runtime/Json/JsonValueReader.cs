using System.ComponentModel;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>Reads one value of type <typeparamref name="T"/> starting at the reader's current token.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="reader">A reader positioned on the first token of the value; left on its last token.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);
