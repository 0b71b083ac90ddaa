using Microsoft.Extensions.Localization;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// One error of an import, by record and field: <see cref="Kind"/> is the HSDS record name ("service"),
/// <see cref="Id"/> its id (or its place in the file when it has no usable id), <see cref="Field"/> the HSDS path
/// within the record ("schedules[0].opens_at"). The message is a key of <see cref="HsdsText"/> or, for a rule of
/// the directory, of <see cref="DirectoryText"/>; it is put into words when shown, in the reader's language.
/// </summary>
public sealed record HsdsIssue(string Kind, string Id, string Field, string Key, object[] Arguments, bool IsDirectoryRule = false)
{
    public static HsdsIssue Of(string kind, string id, string field, string key, params object[] arguments) => new(kind, id, field, key, arguments);

    public string Message(IStringLocalizer<HsdsText> hsds, IStringLocalizer<DirectoryText> rules)
    {
        if (IsDirectoryRule)
        {
            return rules["Rule." + Key, Arguments];
        }

        // A schema error of a kind without a message of its own is named by the validator's word for it.
        var message = hsds[Key, Arguments];
        return message.ResourceNotFound && Key.StartsWith("Schema.", StringComparison.Ordinal)
            ? hsds["Schema.Other", Key["Schema.".Length..]]
            : message;
    }
}
