using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Perhesilta.Platform.Data;

namespace Perhesilta.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without starting the web application.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PerhesiltaDbContext>
{
    public PerhesiltaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PerhesiltaDbContext>();
        DataServices.Configure(builder, new DatabaseOptions { Provider = DatabaseProviders.Sqlite }, "Data Source=design-time.db");
        return new PerhesiltaDbContext(builder.Options);
    }
}
