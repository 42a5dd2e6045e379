namespace SevenIo.Testing.Webhooks;

/// <summary>How a hook delivers, and where the data goes: the reference's three request methods and the two layouts of form and query payloads seen in seven's own plugins.</summary>
public enum DeliveryMethod
{
    /// <summary>Request method JSON: POST, the envelope as a JSON body.</summary>
    Json,

    /// <summary>A JSON body with the data members beside <c>webhook_event</c> (not documented; read anyway).</summary>
    JsonFlat,

    /// <summary>Request method POST: a form body, the data nested as <c>data[id]=...</c>.</summary>
    FormNested,

    /// <summary>A form body with the data members at the top level.</summary>
    FormFlat,

    /// <summary>Request method GET: the nested layout in the query string.</summary>
    GetNested,

    /// <summary>GET with the data members at the top level of the query string.</summary>
    GetFlat,
}
