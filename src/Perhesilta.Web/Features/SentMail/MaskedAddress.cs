namespace Perhesilta.Features.SentMail;

/// <summary>An address shown in a list without revealing whose it is: <c>maija@example.fi</c> → <c>m***@example.fi</c>.</summary>
public static class MaskedAddress
{
    public static string Of(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return "***";
        }

        var first = at > 0 ? address[..1] : "";
        return first + "***" + address[at..];
    }
}
