using System.ComponentModel;

namespace SevenIo.Runtime;

/// <summary>How a list is written into a query string or form body.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ArrayStyle
{
    /// <summary>The name repeated: <c>ids=1&amp;ids=2</c>.</summary>
    Repeat,

    /// <summary>PHP's list brackets: <c>ids[]=1&amp;ids[]=2</c>.</summary>
    Brackets,

    /// <summary>PHP's indexed brackets, as <c>http_build_query</c> writes them: <c>ids[0]=1&amp;ids[1]=2</c>.</summary>
    Indexed,

    /// <summary>One value, comma-separated: <c>ids=1,2</c>.</summary>
    Comma,
}
