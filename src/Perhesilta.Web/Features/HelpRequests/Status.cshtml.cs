using Microsoft.AspNetCore.Authorization;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.HelpRequests;

/// <summary>The private status page: where the matter stands, and the guide's answer to anonymous advice. Nothing personal.</summary>
[AllowAnonymous]
[NoClientData]
public sealed class StatusModel(PerhesiltaDbContext db) : StatusPageModel(db);
