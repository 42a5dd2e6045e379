using System.ComponentModel;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// Walks the items of an array that <see cref="JsonValues.OpenArray"/> started, so that generated
/// readers read each item with a plain loop. A single value where an array was expected is one item.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct JsonArrayCursor
{
    internal const int InArray = 1;
    internal const int SingleValue = 2;

    private int _state;

    internal JsonArrayCursor(int state)
    {
        _state = state;
    }

    /// <summary>Moves the reader to the next item.</summary>
    /// <param name="reader">The reader the array was opened on.</param>
    /// <returns><c>true</c> when the reader is on an item; <c>false</c> at the end, with the reader on the array's last token.</returns>
    public bool MoveNext(ref Utf8JsonReader reader)
    {
        switch (_state)
        {
            case InArray:
                reader.Read();
                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    return true;
                }

                _state = 0;
                return false;
            case SingleValue:
                _state = 0;
                return true;
            default:
                return false;
        }
    }
}
