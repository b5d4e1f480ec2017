using Invoke.Application.Common.Interfaces;
using Invoke.Application.Settings;
using Invoke.Domain.Functions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Invoke.Application.LogCleanup.Commands.CleanupLogs;

/// <summary>
/// Applies log retention set-based: one DELETE per distinct effective policy (usually one or two), whatever the
/// number of functions or logs. A function's own policy applies when its <c>retention_enabled</c> is set, the global
/// one otherwise; nothing runs while the global switch is off, as in the original. <c>time</c> deletes logs older than
/// its days, <c>count</c> all but the function's newest N (ties broken by id). Logs without a timestamp or a function
/// are kept.
/// </summary>
public sealed class CleanupLogsCommandHandler(
    IApplicationDbContext db, TimeProvider timeProvider, ILogger<CleanupLogsCommandHandler> logger)
    : IRequestHandler<CleanupLogsCommand, CleanupLogsResultDto>
{
    /// <summary>The global switch's text when on (settings are stored as text).</summary>
    private const string EnabledValue = "true";

    public async Task<CleanupLogsResultDto> Handle(CleanupLogsCommand request, CancellationToken cancellationToken)
    {
        var settings = await db.GlobalSettings.AsNoTracking()
            .Where(s => s.SettingKey == GlobalSettingKeys.RetentionEnabled
                || s.SettingKey == GlobalSettingKeys.RetentionType
                || s.SettingKey == GlobalSettingKeys.RetentionValue)
            .ToDictionaryAsync(s => s.SettingKey, s => s.SettingValue, cancellationToken);

        if (settings.GetValueOrDefault(GlobalSettingKeys.RetentionEnabled) != EnabledValue)
        {
            return new CleanupLogsResultDto(0, 0, DisabledGlobally: true);
        }

        var global = new RetentionPolicy(
            settings.GetValueOrDefault(GlobalSettingKeys.RetentionType),
            GlobalValue(settings.GetValueOrDefault(GlobalSettingKeys.RetentionValue)));

        var targets = db.Functions.AsNoTracking();
        if (request.FunctionId is { } functionId)
        {
            targets = targets.Where(f => f.Id == functionId);
        }

        var examined = await targets.CountAsync(cancellationToken);
        var policies = await targets
            .Select(f => f.RetentionEnabled == true
                ? new { Type = f.RetentionType, Value = f.RetentionValue }
                : new { Type = global.Type, Value = global.Value })
            .Distinct()
            .ToListAsync(cancellationToken);

        var deleted = 0;
        // Functions without their own policy may still hold stale columns: map before removing duplicates.
        foreach (var policy in policies.Select(p => new RetentionPolicy(p.Type, p.Value)).Distinct().Where(p => p.Deletes))
        {
            deleted += await DeleteAsync(FunctionsUnder(policy, targets, global), policy, request.BatchSize, cancellationToken);
        }

        return new CleanupLogsResultDto(deleted, examined);
    }

    private static IQueryable<Guid?> FunctionsUnder(
        RetentionPolicy policy, IQueryable<Function> targets, RetentionPolicy global)
    {
        var globalMatches = global == policy;
        return targets
            .Where(f => f.RetentionEnabled == true
                ? f.RetentionType == policy.Type && f.RetentionValue == policy.Value
                : globalMatches)
            .Select(f => (Guid?)f.Id);
    }

    /// <summary>Deletes in statements of at most the batch size until one deletes fewer, so each holds its locks briefly.</summary>
    private async Task<int> DeleteAsync(
        IQueryable<Guid?> functionIds, RetentionPolicy policy, int batchSize, CancellationToken cancellationToken)
    {
        var expired = Expired(functionIds, policy);
        var deleted = 0;
        int batch;
        do
        {
            batch = await db.ExecutionLogs
                .Where(l => expired.Contains(l.Id))
                .OrderBy(l => l.Id)
                .Take(batchSize)
                .ExecuteDeleteAsync(cancellationToken);
            deleted += batch;
        }
        while (batch == batchSize);

        return deleted;
    }

    private IQueryable<int> Expired(IQueryable<Guid?> functionIds, RetentionPolicy policy)
    {
        var value = policy.Value!.Value;
        if (policy.Type == RetentionType.Time)
        {
            var cutoff = timeProvider.GetUtcNow().UtcDateTime.AddDays(-value);
            return db.ExecutionLogs
                .Where(l => functionIds.Contains(l.FunctionId) && l.ExecutedAt < cutoff)
                .Select(l => l.Id);
        }

        return functionIds.SelectMany(id => db.ExecutionLogs
            .Where(l => l.FunctionId == id)
            .OrderByDescending(l => l.ExecutedAt).ThenByDescending(l => l.Id)
            .Skip(value)
            .Select(l => l.Id));
    }

    /// <summary>The global value, or null (nothing deleted) when it is not a positive number.</summary>
    private int? GlobalValue(string? value)
    {
        if (int.TryParse(value, out var parsed) && parsed > 0)
        {
            return parsed;
        }

        logger.LogWarning(
            "Global log retention value {Value} is not a positive number: functions without their own policy keep their logs",
            value);
        return null;
    }
}
