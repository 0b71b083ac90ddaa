using MimeKit;

namespace Perhesilta.Platform.Mail;

/// <summary>
/// The embedded default: each message becomes an .eml file in a folder, so a demo or a test sends nothing out and
/// every message can be opened with any mail program. The file appears whole or not at all.
/// </summary>
internal sealed class FolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var temporary = Path.Combine(Folder, "." + name + ".tmp");
        await message.WriteToAsync(FormatOptions.Default, temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name), overwrite: true);
    }
}
