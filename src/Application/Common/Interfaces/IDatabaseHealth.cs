namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Tells whether the database answers. Infrastructure implements it so the health query needs no relational API.
/// </summary>
public interface IDatabaseHealth
{
    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
