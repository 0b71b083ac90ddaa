using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Perhesilta.Features.Demo;

/// <summary>Prints the demo accounts when the server has started, so that whoever ran it can sign in.</summary>
internal sealed class DemoBanner(IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => Console.Out.Write(Describe(Addresses())));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static string Describe(IEnumerable<string> addresses)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("=== Perhesilta DEMO MODE: fictional data only ===");
        foreach (var address in addresses)
        {
            text.AppendLine("Open: " + address);
        }

        text.AppendLine("Demo staff accounts (password for all: " + DemoData.Password + "):");
        foreach (var account in DemoData.Accounts)
        {
            var factor = account.SecondFactor ? "TOTP set up" : "sets up TOTP at first sign-in";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {account.Email,-36} {account.Role,-13} {account.DisplayName} ({factor})");
        }

        text.AppendLine("TOTP secret of the demo accounts (base32, add it to an authenticator app): " + DemoData.TotpSecret);
        text.AppendLine("=================================================");
        return text.ToString();
    }

    private IEnumerable<string> Addresses() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
}
