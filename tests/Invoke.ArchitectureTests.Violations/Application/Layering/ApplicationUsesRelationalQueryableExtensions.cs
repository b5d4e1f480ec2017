using Microsoft.EntityFrameworkCore;

namespace Invoke.ArchitectureTests.Violations.Application.Layering;

// Breach: the Application reaches for relational query operators (here the harmless AsSplitQuery).
public static class ApplicationUsesRelationalQueryableExtensions
{
    public static IQueryable<T> Split<T>(IQueryable<T> query)
        where T : class => query.AsSplitQuery();
}
