using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// The shortcut that sees <c>{"success":true</c> in the bytes must say what the reader says: over
/// seeded random bodies (white space, escaped and look-alike names, every kind of value, later
/// members that say failure, truncation) and four envelopes, the answer with and without it is the same.
/// </summary>
public sealed class EnvelopeShortcutTests
{
    private static readonly string[] WhiteSpace = ["", "", " ", "\n", "\r\n\t ", "\u00A0"];
    private static readonly string[] Names = ["success", "success", "success", "\\u0073uccess", "Success", "successful", "succes", "", "code", "error_message", "message", "return_code"];
    private static readonly string[] Values = ["true", "true", "true", "false", "\"true\"", "\"false\"", "\"100\"", "100", "\"101\"", "101", "1000", "10", "\"10\"", "100.0", "100e0", "\"100 \"", "\"\\u0031\u00300\"", "\"900\"", "null", "truex", "tru", "{}", "[true]", "\"\"", "1e2"];
    private static readonly string[] SuccessLiterals = ["true", "\"100\"", "101"];
    private static readonly string[] Ends = [",", ",", "}", "", " ,", "]", "x"];

    private static readonly FailureEnvelope[] Envelopes =
    [
        new("success", ["code"], ["error_message", "message"], codeBody: false, successCodes: null),
        new("success", ["return_code"], [], codeBody: true, successCodes: ["100", "101"]),
        new("Success", [], [], codeBody: false, successCodes: null),
        new(string.Empty, ["code"], ["message"], codeBody: true, successCodes: null),
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 10).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_shortcut_and_the_reader_agree_on_every_body(int seed)
    {
        var random = new Random(seed);
        var shortcuts = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var body = Encoding.UTF8.GetBytes(RandomBody(random));
            foreach (var envelope in Envelopes)
            {
                var read = EnvelopeReading.Read(body, envelope, stopAtSuccess: true);
                var members = EnvelopeReading.ReadMembers(body, envelope, stopAtSuccess: true);
                shortcuts += EnvelopeReading.OpensWithSuccess(body, envelope) ? 1 : 0;

                var context = $"seed {seed}, body {Encoding.UTF8.GetString(body)}";
                Assert.True(members.IsFailure == read.IsFailure, context);
                Assert.True(members.Code == read.Code, context);
                Assert.True(members.Message == read.Message, context);
                Assert.True(members.IsBareCode == read.IsBareCode, context);
            }
        }

        // The shortcut is taken often enough for the comparison to mean something, and not always.
        Assert.InRange(shortcuts, 100, 6_000);
    }

    [Theory]
    [InlineData("{\"success\":true,\"id\":1}", true)]
    [InlineData(" {\n \"success\" : true }", true)]
    [InlineData("{\"success\":true", false)]
    [InlineData("{\"success\":truex}", false)]
    [InlineData("{\"success\":\"true\"}", false)]
    [InlineData("{\"\\u0073uccess\":true}", false)]
    [InlineData("{\"id\":1,\"success\":true}", false)]
    [InlineData("{\"success\":\"100\",\"messages\":[]}", true)]
    [InlineData("{\"success\":101}", true)]
    [InlineData("{\"success\":1000}", false)]
    [InlineData("{\"success\":100.5}", false)]
    [InlineData("{\"success\":\"900\"}", false)]
    public void The_shortcut_sees_only_a_literal_true_or_success_code_as_the_first_member(string body, bool expected)
    {
        Assert.Equal(expected, EnvelopeReading.OpensWithSuccess(Encoding.UTF8.GetBytes(body), Envelopes[1]));
    }

    private static string RandomBody(Random random)
    {
        var body = new StringBuilder(Pick(random, WhiteSpace));
        body.Append(random.Next(20) == 0 ? "[" : "{");
        var members = random.Next(0, 5);
        // A third of the bodies open as successful answers do, so that the shortcut is tried on their neighbours.
        var opensWithSuccess = random.Next(3) == 0;
        for (var i = 0; i < members; i++)
        {
            var canonical = i == 0 && opensWithSuccess;
            body.Append(Pick(random, WhiteSpace)).Append('"').Append(canonical ? "success" : Pick(random, Names)).Append('"')
                .Append(Pick(random, WhiteSpace)).Append(':').Append(Pick(random, WhiteSpace)).Append(canonical ? Pick(random, SuccessLiterals) : Pick(random, Values))
                .Append(Pick(random, WhiteSpace));
            body.Append(i == members - 1 ? (random.Next(4) == 0 ? Pick(random, Ends) : "}") : Pick(random, Ends));
        }

        return random.Next(10) == 0 ? body.ToString(0, random.Next(body.Length + 1)) : body.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
