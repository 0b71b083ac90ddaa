using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Platform.Data;

/// <summary>
/// The one unit of work of Perhesilta. Features contribute their entities through
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in their own folders and reach them with <c>Set&lt;T&gt;()</c>.
/// </summary>
public sealed class PerhesiltaDbContext(DbContextOptions<PerhesiltaDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>Keys that protect cookies and anti-forgery tokens, shared by every instance of the application.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PerhesiltaDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC in the database; the edges convert to Europe/Helsinki.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
