namespace SevenIo.Generator.Json;

/// <summary>Either the root value of a JSON text or the first syntax error in it.</summary>
internal readonly struct JsonParseResult
{
    private JsonParseResult(JsonNode? root, JsonSyntaxError? error)
    {
        Root = root;
        Error = error;
    }

    public JsonNode? Root { get; }

    public JsonSyntaxError? Error { get; }

    public static JsonParseResult Success(JsonNode root) => new(root, null);

    public static JsonParseResult Failure(JsonSyntaxError error) => new(null, error);
}
