using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perhesilta.Platform.Data;

namespace Perhesilta.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without starting the web application.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PerhesiltaDbContext>
{
    public PerhesiltaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PerhesiltaDbContext>();
        DataServices.Configure(builder, new DatabaseOptions { Provider = DatabaseProviders.Postgres }, "Host=localhost;Database=perhesilta_design;Username=postgres");
        return new PerhesiltaDbContext(builder.Options);
    }
}
