using System.ComponentModel;

namespace SevenIo.Runtime;

/// <summary>Where an operation sends its parameters.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ParameterLocation
{
    /// <summary>In the query string.</summary>
    Query,

    /// <summary>In an <c>application/x-www-form-urlencoded</c> body.</summary>
    Form,

    /// <summary>In an <c>application/json</c> object body.</summary>
    Json,
}
