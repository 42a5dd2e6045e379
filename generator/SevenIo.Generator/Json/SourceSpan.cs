namespace SevenIo.Generator.Json;

/// <summary>
/// Where a piece of text sits in a file: a character offset and length plus zero-based line and
/// column of both ends. Plain numbers, so it can live in equatable pipeline models.
/// </summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
