using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Application.Auth.Queries.GetAuthenticatedUser;

/// <summary>
/// The user behind a credential, read on every authenticated request; null when the user no longer exists.
/// Cached until the user's row changes (a demoted or deleted user loses access as soon as the change is reported).
/// </summary>
public sealed record GetAuthenticatedUserQuery(int UserId) : IRequest<AuthenticatedUserDto?>, ICachedQuery<AuthenticatedUserDto?>
{
    public string CacheKey => UserId.ToString();

    public IEnumerable<CacheTag> TagsFor(AuthenticatedUserDto? response) => [CacheTags.User(UserId)];
}
