using System.Collections.Concurrent;
using System.Data.Common;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>The API with every SQL command it sends recorded, to count round trips per request.</summary>
public sealed class CommandCountingApiFactory : InvokeApiFactory
{
    public CommandRecorder Commands { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<InvokeDbContext>(options => options.AddInterceptors(Commands));

    public sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public IReadOnlyList<string> Texts => [.. _texts];

        public void Clear() => _texts.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
