using System;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>Points in time sent as Unix seconds: written whole, whatever the offset; read from a number or a string holding one.</summary>
public sealed class UnixTimeTests
{
    [Theory]
    [InlineData("1735689600", 1735689600L)]
    [InlineData("\"1735689600\"", 1735689600L)]
    [InlineData("0", 0L)]
    [InlineData("-1", -1L)]
    public void Unix_seconds_read_as_a_point_in_time_at_offset_zero(string json, long seconds)
    {
        var reader = Reader(json);

        var value = JsonValues.ReadUnixSeconds(ref reader);

        Assert.Equal((DateTimeOffset.FromUnixTimeSeconds(seconds), TimeSpan.Zero), (value, value.Offset));
    }

    [Theory]
    [InlineData("253402300800")]
    [InlineData("-62135596801")]
    [InlineData("\"soon\"")]
    [InlineData("1.5")]
    public void A_value_that_is_no_point_in_time_is_a_read_error_not_an_overflow(string json)
    {
        Assert.ThrowsAny<Exception>(() =>
        {
            var reader = Reader(json);
            return JsonValues.ReadUnixSeconds(ref reader);
        });
    }

    [Fact]
    public void The_offset_of_a_value_does_not_change_what_is_sent()
    {
        var berlin = new DateTimeOffset(2025, 1, 1, 1, 0, 0, TimeSpan.FromHours(1));
        var utc = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(("1735689600", "1735689600"), (WireText.OfUnixSeconds(berlin), WireText.OfUnixSeconds(utc)));
        Assert.Equal("1735689600", WireText.OfUnixSeconds(utc.AddMilliseconds(999)));
    }

    private static Utf8JsonReader Reader(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
