namespace SevenIo.Generator.Json;

/// <summary>Why and where a text is not valid JSON.</summary>
internal sealed record JsonSyntaxError(string Message, SourceSpan Span);
