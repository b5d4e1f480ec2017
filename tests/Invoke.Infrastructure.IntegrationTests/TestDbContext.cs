using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Invoke.Infrastructure.IntegrationTests;

internal static class TestDbContext
{
    public static InvokeDbContext Create(string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<InvokeDbContext>();
        options.UseInvokeDatabase(connectionString).AddInterceptors(interceptors);
        return new InvokeDbContext(options.Options);
    }
}
