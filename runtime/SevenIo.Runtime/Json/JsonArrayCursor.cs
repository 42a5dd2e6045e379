using System.ComponentModel;
using System.Text.Json;

namespace SevenIo.Runtime;

/// <summary>
/// Walks the items of an array that <see cref="JsonValues.OpenArray"/> started, so that generated
/// readers read each item with a plain loop. A single value where an array was expected is one item,
/// and arrays nested in the array give their items (<c>[[a, b], [c]]</c> reads as <c>a, b, c</c>):
/// the spec has no arrays of arrays, so nesting is only ever a wrapping, as the published
/// description of the status answer has it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct JsonArrayCursor
{
    internal const int InArray = 1;
    internal const int SingleValue = 2;

    private readonly bool _flatten;
    private int _state;
    private int _nested;

    internal JsonArrayCursor(int state, bool flatten)
    {
        _state = state;
        _flatten = flatten;
        _nested = 0;
    }

    /// <summary>Moves the reader to the next item.</summary>
    /// <param name="reader">The reader the array was opened on.</param>
    /// <returns><c>true</c> when the reader is on an item; <c>false</c> at the end, with the reader on the array's last token.</returns>
    public bool MoveNext(ref Utf8JsonReader reader)
    {
        switch (_state)
        {
            case InArray:
                while (reader.Read())
                {
                    if (_flatten && reader.TokenType == JsonTokenType.StartArray)
                    {
                        _nested++;
                    }
                    else if (reader.TokenType != JsonTokenType.EndArray)
                    {
                        return true;
                    }
                    else if (_nested > 0)
                    {
                        _nested--;
                    }
                    else
                    {
                        break;
                    }
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
