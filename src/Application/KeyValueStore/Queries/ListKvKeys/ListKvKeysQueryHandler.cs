using Invoke.Domain.KeyValueStore;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.KeyValueStore.Queries.ListKvKeys;

internal sealed class ListKvKeysQueryHandler(KvStorage storage) : IRequestHandler<ListKvKeysQuery, KvKeyPageDto>
{
    public async Task<KvKeyPageDto> Handle(ListKvKeysQuery request, CancellationToken cancellationToken)
    {
        var namespacePrefix = ProjectKvEntry.KeyPrefix(request.ProjectId);
        var wanted = namespacePrefix + request.Prefix;
        var entries = storage.LiveEntries(request.ProjectId).Where(e => e.Key.StartsWith(wanted));
        if (request.Cursor is { } cursor)
        {
            var after = namespacePrefix + cursor;
            entries = entries.Where(e => string.Compare(e.Key, after) > 0);
        }

        // One more than asked tells whether another page follows.
        var keys = await entries.Select(e => e.Key.Substring(ProjectKvEntry.NamespaceLength))
            .Take(request.Limit + 1).ToListAsync(cancellationToken);
        return keys.Count > request.Limit
            ? new KvKeyPageDto(keys[..request.Limit], keys[request.Limit - 1])
            : new KvKeyPageDto(keys, null);
    }
}
