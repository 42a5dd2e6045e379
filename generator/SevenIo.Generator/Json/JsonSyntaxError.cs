using Microsoft.CodeAnalysis.Text;

namespace SevenIo.Generator.Json;

/// <summary>The first problem in a JSON text: what is wrong and where.</summary>
internal sealed record JsonSyntaxError(string Message, TextSpan Span);
