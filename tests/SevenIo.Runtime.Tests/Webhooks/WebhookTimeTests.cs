using System;
using Xunit;

namespace SevenIo.Runtime.Tests.Webhooks;

/// <summary>Every form of webhook_timestamp the reference shows, and Berlin's clock changes.</summary>
public sealed class WebhookTimeTests
{
    [Theory]
    [InlineData("2021-08-24T08:08:00+02:00", "2021-08-24T06:08:00Z")]
    [InlineData("2024-03-08T09:47:12+01:00", "2024-03-08T08:47:12Z")]
    [InlineData("2024-03-08T09:47:12Z", "2024-03-08T09:47:12Z")]
    [InlineData("2020-12-02 11:55:44", "2020-12-02T10:55:44Z")]
    [InlineData("2021-08-24 08:08:00.000000", "2021-08-24T06:08:00Z")]
    [InlineData("2024-03-08T09:47:12", "2024-03-08T08:47:12Z")]
    [InlineData("1605878104", "2020-11-20T13:15:04Z")]
    [InlineData(" 2020-12-02 11:55:44 ", "2020-12-02T10:55:44Z")]
    public void Known_forms_read_as_the_same_instant(string text, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), WebhookTime.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2021-13-40 25:61:00")]
    public void Anything_else_is_no_time(string? text)
    {
        Assert.Null(WebhookTime.Parse(text));
    }

    [Theory]
    [InlineData("2026-03-29 01:59:59", 1)]
    [InlineData("2026-03-29 03:00:00", 2)]
    [InlineData("2026-10-25 02:30:00", 2)]
    [InlineData("2026-10-25 03:00:00", 1)]
    [InlineData("2026-07-01 12:00:00", 2)]
    [InlineData("2026-01-01 12:00:00", 1)]
    public void Local_times_get_Berlins_offset_of_that_day(string local, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), WebhookTime.Parse(local)!.Value.Offset);
    }
}
