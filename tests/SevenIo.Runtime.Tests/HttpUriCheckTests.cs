using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace SevenIo.Runtime.Tests;

/// <summary>
/// The allocation-free address check against <see cref="Uri"/>: over every address built from
/// schemes, user information, hosts, ports and paths, real and broken, it never refuses one that
/// <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> takes as absolute http or https.
/// </summary>
public sealed class HttpUriCheckTests
{
    private static readonly string[] Schemes = ["http://", "https://", "HTTPS://", "Http://", "ftp://", "http:/", "https:", "", "//", "javascript:", "http:\\\\"];
    private static readonly string[] UserInfo = ["", "user@", "user:secret@", "@", ":@", "a@b@"];
    private static readonly string[] Hosts = ["acme.inc", "127.0.0.1", "[::1]", "xn--bcher-kva.example", "bücher.example", "", ":", "a b", "a\tb", "localhost", "-", "a_b.example"];
    private static readonly string[] Ports = ["", ":8080", ":", ":0", ":99999", ":x"];
    private static readonly string[] Paths = ["", "/", "/webhooks/seven", "?a=1", "#top", "/a b", "/\u0001", "/ü", "/%20", "\\path"];

    public static IEnumerable<string> Addresses() =>
        from scheme in Schemes
        from user in UserInfo
        from host in Hosts
        from port in Ports
        from path in Paths
        select scheme + user + host + port + path;

    [Fact]
    public void No_address_that_Uri_takes_as_absolute_http_is_refused()
    {
        var refused = Addresses()
            .Where(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .Where(address => !Argument.IsHttpUri(address))
            .ToList();

        Assert.True(Addresses().Count() > 40_000);
        Assert.Empty(refused);
    }

    [Theory]
    [InlineData("acme.inc/webhook")]
    [InlineData("ftp://acme.inc/webhook")]
    [InlineData("https://")]
    [InlineData("https://user:secret@")]
    [InlineData("https://user:secret@/path")]
    [InlineData("https://:8080/")]
    [InlineData("https://acme inc/a")]
    [InlineData("https://acme.inc\n/")]
    [InlineData("https:/acme.inc")]
    public void An_address_without_scheme_or_host_or_with_white_space_in_its_host_is_refused(string address)
    {
        Assert.False(Argument.IsHttpUri(address));
    }
}
