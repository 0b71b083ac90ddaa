using System.Net;
using Perhesilta.Platform.Http;
using Shouldly;

namespace Perhesilta.UnitTests.Http;

/// <summary>Which addresses an outgoing request typed by staff may reach: the public internet only.</summary>
public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.10")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("224.0.0.1")]
    [InlineData("240.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("fd00::1")]
    [InlineData("fc12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("2001:db8::1")]
    [InlineData("64:ff9b::a00:1")]
    public void Loopback_private_link_local_shared_documentation_multicast_and_reserved_addresses_are_not_public(string address) =>
        PublicAddresses.IsPublic(IPAddress.Parse(address)).ShouldBeFalse();

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("193.166.3.2")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("::ffff:193.166.3.2")]
    [InlineData("2001:708:10:1::1")]
    [InlineData("2a00:1450:400f:80d::200e")]
    [InlineData("64:ff9b::c1a6:302")]
    public void Addresses_on_the_public_internet_are_public(string address) =>
        PublicAddresses.IsPublic(IPAddress.Parse(address)).ShouldBeTrue();
}
