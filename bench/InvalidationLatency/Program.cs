// Invalidation latency: how long after host A commits a change host B's cache has evicted the result it depends on.
// Two hosts run in this process on the database of the connection string given as first argument; A changes one
// user's email per round (a distinct user each time, so no round is debounced by the previous one) and B, which
// holds every user's GetAuthenticatedUserQuery result, is watched for the eviction.
//
//   dotnet run -c Release --project bench/InvalidationLatency -- "<Npgsql connection string>" [changes, default 1000]
using System.Diagnostics;
using Invoke.Application;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Caching;
using Invoke.Application.Common.Interfaces;
using Invoke.Domain.Users;
using Invoke.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: InvalidationLatency <connection string> [changes]");
    return 2;
}

var connectionString = args[0];
var changes = args.Length == 2 ? int.Parse(args[1]) : 1000;
var timeout = TimeSpan.FromSeconds(5);

using var hostA = await StartHostAsync(connectionString, cache: false);
using var hostB = await StartHostAsync(connectionString, cache: true);
var statistics = hostB.Services.GetRequiredService<ICacheStatistics>();
await WaitAsync(() => statistics.Capture().Serving, "host B's listener to connect");

var prefix = $"latency-{Guid.NewGuid():N}"[..20];
var userIds = await CreateUsersAsync(hostA, prefix, changes);
try
{
    foreach (var id in userIds)
    {
        await SendAsync(hostB, new GetAuthenticatedUserQuery(id));
    }

    var fromCommitCall = new List<double>(changes);
    var fromCommitReturn = new List<double>(changes);
    var commitDurations = new List<double>(changes);
    var timeouts = 0;
    foreach (var id in userIds)
    {
        await WaitAsync(() => IsCached(hostB, id, statistics), $"user {id} to be cached on host B");
        await using var scope = hostA.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var user = await context.Users.SingleAsync(u => u.Id == id);
        user.ChangeEmail($"changed-{id}@bench.invalid");
        var evictions = Evictions(statistics);

        var called = Stopwatch.GetTimestamp();
        await context.SaveChangesAsync();
        var returned = Stopwatch.GetTimestamp();
        var spinner = new SpinWait();
        while (Evictions(statistics) == evictions && Stopwatch.GetElapsedTime(called) < timeout)
        {
            spinner.SpinOnce();
        }

        var evicted = Stopwatch.GetTimestamp();
        if (Evictions(statistics) == evictions)
        {
            timeouts++;
            continue;
        }

        fromCommitCall.Add(Stopwatch.GetElapsedTime(called, evicted).TotalMilliseconds);
        fromCommitReturn.Add(Math.Max(0, Stopwatch.GetElapsedTime(returned, evicted).TotalMilliseconds));
        commitDurations.Add(Stopwatch.GetElapsedTime(called, returned).TotalMilliseconds);
    }

    Console.WriteLine($"invalidation latency over {fromCommitCall.Count} changes ({timeouts} not evicted within {timeout.TotalSeconds:F0} s):");
    Console.WriteLine($"  SaveChanges called on A -> evicted on B: {Summary(fromCommitCall)}");
    Console.WriteLine($"  SaveChanges returned on A -> evicted on B: {Summary(fromCommitReturn)}");
    Console.WriteLine($"  SaveChanges (UPDATE + COMMIT) on A: {Summary(commitDurations)}");
    return timeouts == 0 ? 0 : 1;
}
finally
{
    await using var scope = hostA.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().Users
        .Where(u => u.Username.StartsWith(prefix))
        .ExecuteDeleteAsync();
}

static async Task<IHost> StartHostAsync(string connectionString, bool cache)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Invoke"] = connectionString,
        ["JWT_SECRET"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
        ["Invoke:Cache:Enabled"] = cache.ToString(),
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddApplication().AddInfrastructure();
    var host = builder.Build();
    await host.StartAsync();
    return host;
}

static async Task<List<int>> CreateUsersAsync(IHost host, string prefix, int count)
{
    await using var scope = host.Services.CreateAsyncScope();
    var context = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
    var users = Enumerable.Range(0, count)
        .Select(i => User.Create($"{prefix}-{i}", $"{prefix}-{i}@bench.invalid", "not-a-password-hash", isAdmin: false))
        .ToList();
    foreach (var user in users)
    {
        context.Users.Add(user);
    }

    await context.SaveChangesAsync();
    return [.. users.Select(u => u.Id)];
}

static async Task<TResponse> SendAsync<TResponse>(IHost host, IRequest<TResponse> request)
{
    await using var scope = host.Services.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

// A hit proves the entry is there; a miss (the entry was dropped by a safety flush, or its store was refused) stores it.
static bool IsCached(IHost host, int userId, ICacheStatistics statistics)
{
    var hits = statistics.Capture().Queries[nameof(GetAuthenticatedUserQuery)].Hits;
    SendAsync(host, new GetAuthenticatedUserQuery(userId)).GetAwaiter().GetResult();
    return statistics.Capture().Queries[nameof(GetAuthenticatedUserQuery)].Hits > hits;
}

static long Evictions(ICacheStatistics statistics) =>
    statistics.Capture().Queries.GetValueOrDefault(nameof(GetAuthenticatedUserQuery))?.Evictions ?? 0;

static async Task WaitAsync(Func<bool> condition, string what)
{
    var deadline = Stopwatch.GetTimestamp();
    while (!condition())
    {
        if (Stopwatch.GetElapsedTime(deadline) > TimeSpan.FromSeconds(30))
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }

        await Task.Delay(5);
    }
}

static string Summary(List<double> values)
{
    if (values.Count == 0)
    {
        return "no samples";
    }

    var sorted = values.Order().ToArray();
    double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    return $"p50 {Percentile(0.50):F2} ms, p99 {Percentile(0.99):F2} ms, max {sorted[^1]:F2} ms";
}
