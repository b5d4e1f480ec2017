using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Invoke.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without the API's host or a database: migrations are generated
/// from the model alone, so the connection string is never opened.
/// </summary>
internal sealed class InvokeDbContextFactory : IDesignTimeDbContextFactory<InvokeDbContext>
{
    public InvokeDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<InvokeDbContext>();
        options.UseInvokeDatabase("Host=localhost;Database=invoke_design_time");
        return new InvokeDbContext(options.Options);
    }
}
