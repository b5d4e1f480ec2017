using System.Globalization;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.LogCleanup.Commands.CleanupLogs;
using Invoke.Domain.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Invoke.Application.Scheduler.Commands.RunLogRetention;

/// <summary>
/// Claims the interval through a claim row, the <c>global_settings</c> row <see cref="ClaimKey"/> that holds the
/// start of the last pass: the instance whose guarded update moves it from the value it read makes the pass; the others
/// find it moved, or recent, and do nothing. Timers of several instances drift, so a pass counts as recent for nine
/// tenths of the interval.
/// </summary>
public sealed class RunLogRetentionCommandHandler(
    IApplicationDbContext db, IMediator mediator, IOptions<SchedulerOptions> options, SchedulerMetrics metrics, TimeProvider time)
    : IRequestHandler<RunLogRetentionCommand, CleanupLogsResultDto?>
{
    /// <summary>Not under the <c>log_retention_</c> prefix, so that the settings API never serves or accepts it.</summary>
    public const string ClaimKey = "invoke_log_retention_last_pass";

    private const string ClaimDescription = "Start of the last automatic log retention pass (Invoke scheduler)";

    public async Task<CleanupLogsResultDto?> Handle(RunLogRetentionCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await ClaimAsync(now, request.Interval, cancellationToken))
        {
            return null;
        }

        var result = await mediator.Send(new CleanupLogsCommand(BatchSize: options.Value.RetentionBatchSize), cancellationToken);
        metrics.RetentionPassed(new RetentionPass(now, result.Deleted));
        return result;
    }

    private async Task<bool> ClaimAsync(DateTime now, TimeSpan interval, CancellationToken cancellationToken)
    {
        var stamp = now.ToString("O", CultureInfo.InvariantCulture);
        var last = await db.GlobalSettings.AsNoTracking()
            .Where(s => s.SettingKey == ClaimKey)
            .Select(s => s.SettingValue)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            db.GlobalSettings.Add(GlobalSetting.Create(ClaimKey, stamp, ClaimDescription));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        }

        var recentFor = interval * 0.9;
        if (DateTime.TryParse(last, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var lastPass)
            && lastPass.ToUniversalTime() + recentFor > now)
        {
            return false;
        }

        return await db.GlobalSettings
            .Where(s => s.SettingKey == ClaimKey && s.SettingValue == last)
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.SettingValue, stamp).SetProperty(s => s.UpdatedAt, (DateTime?)now),
                cancellationToken) == 1;
    }
}
