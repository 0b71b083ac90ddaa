using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Meetings.Records;

/// <summary>Strings of a meeting's record, its agreed actions on the contact page and the task list. Resources: RecordText.*.resx.</summary>
public sealed class RecordText;

/// <summary>The record's texts for field errors: a key of the record first, else the desk's (the shared field rules' keys).</summary>
public sealed class RecordFormText(IStringLocalizer<RecordText> record, IStringLocalizer<DeskText> desk) : IStringLocalizer
{
    public LocalizedString this[string name] => record[name] is { ResourceNotFound: false } found ? found : desk[name];

    public LocalizedString this[string name, params object[] arguments] =>
        record[name, arguments] is { ResourceNotFound: false } found ? found : desk[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        record.GetAllStrings(includeParentCultures).Concat(desk.GetAllStrings(includeParentCultures));
}
