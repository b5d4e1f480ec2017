namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// The unit of work handlers use: a <c>DbSet</c> per aggregate root and <see cref="SaveChangesAsync"/>.
/// </summary>
public interface IApplicationDbContext
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
