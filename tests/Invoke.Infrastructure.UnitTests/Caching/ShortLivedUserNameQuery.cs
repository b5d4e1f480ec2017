using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Infrastructure.UnitTests.Caching;

/// <summary>A cached query whose results also hold columns no notification reports, so they age out.</summary>
internal sealed record ShortLivedUserNameQuery(int UserId) : IRequest<string>, ICachedQuery<string>
{
    public static readonly TimeSpan Age = TimeSpan.FromSeconds(2);

    public string CacheKey => UserId.ToString();

    public IEnumerable<CacheTag> TagsFor(string response) => [CacheTags.User(UserId)];

    public TimeSpan? MaxAge { get; init; } = Age;
}
