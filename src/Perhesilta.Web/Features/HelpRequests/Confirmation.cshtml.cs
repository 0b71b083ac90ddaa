using Microsoft.AspNetCore.Authorization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>Shown once the contact is saved: the reference code, when a guide answers, and the private status link.</summary>
[AllowAnonymous]
[NoClientData]
public sealed class ConfirmationModel(PerhesiltaDbContext db, HelpRequestMail mail) : StatusPageModel(db)
{
    public string StatusUrl => mail.StatusUrl(Token);
}
