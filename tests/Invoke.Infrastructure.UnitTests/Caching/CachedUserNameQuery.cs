using Invoke.Application.Common.Caching;
using MediatR;

namespace Invoke.Infrastructure.UnitTests.Caching;

internal sealed record CachedUserNameQuery(int UserId) : IRequest<string>, ICachedQuery<string>
{
    public string CacheKey => UserId.ToString();

    public IEnumerable<CacheTag> TagsFor(string response) => [CacheTags.User(UserId)];
}
