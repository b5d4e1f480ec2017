using System.Globalization;
using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;
using Invoke.Domain.Functions;
using Invoke.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Application.Settings;

/// <summary>
/// The <c>execution_*</c> settings as the Domain's <see cref="ExecutionLimitPolicy"/>. A missing row or a value that is
/// not a positive integer counts as the seeded value, so that a hand-edited row never stops functions from running.
/// </summary>
public static class ExecutionLimitSettings
{
    public static async Task<ExecutionLimitPolicy> ReadExecutionLimitPolicyAsync(
        this IQueryable<GlobalSetting> settings, CancellationToken cancellationToken) =>
        ToPolicy(await settings.ReadExecutionLimitValuesAsync(cancellationToken));

    public static ExecutionLimitPolicy ToPolicy(IReadOnlyDictionary<string, string> values)
    {
        var seeded = ExecutionLimitPolicy.Seeded;
        return new ExecutionLimitPolicy(
            PositiveOr(values, GlobalSettingKeys.ExecutionDefaultTimeoutSeconds, seeded.DefaultTimeoutSeconds),
            PositiveOr(values, GlobalSettingKeys.ExecutionMaxTimeoutSeconds, seeded.MaxTimeoutSeconds),
            PositiveOr(values, GlobalSettingKeys.ExecutionDefaultMemoryMb, seeded.DefaultMemoryMb),
            PositiveOr(values, GlobalSettingKeys.ExecutionMaxMemoryMb, seeded.MaxMemoryMb));
    }

    /// <summary>Refuses changes after which a default would exceed its maximum, naming the setting being changed.</summary>
    /// <param name="changes">Setting keys → new values; other settings are ignored.</param>
    public static async Task EnsureDefaultsWithinMaximaAsync(
        this IQueryable<GlobalSetting> settings, IReadOnlyDictionary<string, string> changes, CancellationToken cancellationToken)
    {
        if (!changes.Keys.Any(GlobalSettingKeys.ExecutionLimits.Contains))
        {
            return;
        }

        var values = new Dictionary<string, string>(await settings.ReadExecutionLimitValuesAsync(cancellationToken));
        foreach (var key in GlobalSettingKeys.ExecutionLimits.Where(changes.ContainsKey))
        {
            values[key] = changes[key];
        }

        var policy = ToPolicy(values);
        var failures = new List<ValidationFailure>();
        AddIfAbove(policy.DefaultTimeoutSeconds, policy.MaxTimeoutSeconds,
            GlobalSettingKeys.ExecutionDefaultTimeoutSeconds, GlobalSettingKeys.ExecutionMaxTimeoutSeconds);
        AddIfAbove(policy.DefaultMemoryMb, policy.MaxMemoryMb,
            GlobalSettingKeys.ExecutionDefaultMemoryMb, GlobalSettingKeys.ExecutionMaxMemoryMb);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        void AddIfAbove(int defaultValue, int max, string defaultKey, string maxKey)
        {
            if (defaultValue > max)
            {
                var field = changes.ContainsKey(defaultKey) ? defaultKey : maxKey;
                failures.Add(new ValidationFailure(
                    field, $"{defaultKey} ({defaultValue}) must not exceed {maxKey} ({max})"));
            }
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadExecutionLimitValuesAsync(
        this IQueryable<GlobalSetting> settings, CancellationToken cancellationToken) =>
        await settings
            .AsNoTracking()
            .Where(s => GlobalSettingKeys.ExecutionLimits.Contains(s.SettingKey))
            .ToDictionaryAsync(s => s.SettingKey, s => s.SettingValue, StringComparer.Ordinal, cancellationToken);

    private static int PositiveOr(IReadOnlyDictionary<string, string> values, string key, int seeded) =>
        values.TryGetValue(key, out var text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && value > 0
            ? value
            : seeded;
}
