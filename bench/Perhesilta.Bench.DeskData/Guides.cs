using Npgsql;
using Perhesilta.Features.Demo;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Bench.DeskData;

/// <summary>
/// The generated service guides. Each is a copy of the demo guide's sign-in (the demo password and TOTP secret, both
/// public), so that the load generator can sign in as any of them; each serves one area.
/// </summary>
internal static class Guides
{
    public const string EmailPrefix = "ohjaaja.testi";

    /// <summary>The demo service guide whose sign-in is copied; the demo seeding (Demo:Enabled=true at migrate) creates it.</summary>
    public static string DemoGuide => DemoData.Accounts.First(a => a.SecondFactor && a.Role == StaffRoles.ServiceGuide).Email;

    public static string Email(int number) => $"{EmailPrefix}{number:D2}@perhesilta.example";

    public static async Task<string> CreateAsync(NpgsqlDataSource db, int number, int areaId, string areaName)
    {
        var id = Guid.NewGuid().ToString();
        var email = Email(number);
        await using var batch = db.CreateBatch();
        Add(batch, """
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "IsActive", "MustChangePassword", "CreatedAt", "UserName", "NormalizedUserName",
                "Email", "NormalizedEmail", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed",
                "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            SELECT $1, $2, true, false, now(), $3, upper($3), $3, upper($3), true, "PasswordHash", $4, $5, false, true, true, 0
            FROM "AspNetUsers" WHERE "NormalizedEmail" = upper($6)
            """, id, $"Testi Ohjaaja {number} ({areaName})", email, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), DemoGuide);
        Add(batch, """
            INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value")
            SELECT $1, t."LoginProvider", t."Name", t."Value" FROM "AspNetUserTokens" t JOIN "AspNetUsers" u ON u."Id" = t."UserId"
            WHERE u."NormalizedEmail" = upper($2) AND t."Name" = 'AuthenticatorKey'
            """, id, DemoGuide);
        Add(batch, """
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
            SELECT $1, r."RoleId" FROM "AspNetUserRoles" r JOIN "AspNetUsers" u ON u."Id" = r."UserId" WHERE u."NormalizedEmail" = upper($2)
            """, id, DemoGuide);
        Add(batch, """INSERT INTO "StaffArea" ("UserId", "AreaId") VALUES ($1, $2)""", id, areaId);
        await batch.ExecuteNonQueryAsync();
        return id;
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }
}
