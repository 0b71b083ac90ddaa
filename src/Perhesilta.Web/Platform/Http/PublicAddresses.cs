using System.Net;
using System.Net.Sockets;

namespace Perhesilta.Platform.Http;

/// <summary>The host of an outgoing request resolved to an address inside a private or special network.</summary>
public sealed class NonPublicAddressException(string host) : IOException($"{host} resolves to an address that is not on the public internet.");

/// <summary>
/// Outgoing requests to addresses that staff type in (e.g. a calendar subscription) must not reach the county's own
/// networks or this server (server-side request forgery). The check is made when the connection is opened, on the
/// addresses the name resolves to then, so a redirect or a name that later resolves elsewhere is checked too.
/// </summary>
public static class PublicAddresses
{
    /// <summary>
    /// A handler whose every connection goes to a public address only (unless <paramref name="allowPrivate"/>, for a
    /// closed test network), without a proxy, following at most five redirects.
    /// </summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            if (addresses.Length == 0 || (!allowPrivate && !addresses.All(IsPublic)))
            {
                throw new NonPublicAddressException(host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Whether an address is on the public internet: not loopback, private, link-local, shared, multicast or reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 198 && b[1] is 18 or 19)
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();

        // NAT64 (64:ff9b::/96) carries an IPv4 address: it is as public as that address.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes[4..12].All(x => x == 0))
        {
            return IsPublic(new IPAddress(bytes[12..]));
        }

        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
            || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8)
            || bytes[..10].All(x => x == 0));
    }
}
