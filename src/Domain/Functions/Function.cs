using Invoke.Domain.Common;
using RetentionTypes = Invoke.Domain.Functions.RetentionType;

namespace Invoke.Domain.Functions;

public sealed class Function
{
    public const int NameMaxLength = 100;
    public const int ApiKeyMaxLength = 255;
    public const int ScheduleCronMaxLength = 100;

    private readonly List<FunctionVersion> _versions = [];

    private Function()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = null!;

    public string? Description { get; private set; }

    public Guid? ProjectId { get; private set; }

    public int? DeployedBy { get; private set; }

    public bool? RequiresApiKey { get; private set; }

    /// <summary>The function's own invocation key (stored in plain text by the original platform).</summary>
    public string? ApiKey { get; private set; }

    public bool? IsActive { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public DateTime? LastExecuted { get; private set; }

    public int? ExecutionCount { get; private set; }

    public Guid? ActiveVersionId { get; private set; }

    public string? RetentionType { get; private set; }

    public int? RetentionValue { get; private set; }

    /// <summary>True when this function's own retention settings replace the global ones.</summary>
    public bool? RetentionEnabled { get; private set; }

    public bool? ScheduleEnabled { get; private set; }

    public string? ScheduleCron { get; private set; }

    public DateTime? NextExecution { get; private set; }

    public DateTime? LastScheduledExecution { get; private set; }

    /// <summary>Scheduled runs that failed in a row; the scheduler backs the function off after a few (docs/adr/0031).</summary>
    public int ScheduleFailureCount { get; private set; }

    /// <summary>Set while a scheduled run is under way (a lease that outlives a crashed instance only until then).</summary>
    public DateTime? ScheduleRunningUntil { get; private set; }

    /// <summary>True when <see cref="CustomTimeoutSeconds"/> replaces the platform's default timeout.</summary>
    public bool CustomTimeoutEnabled { get; private set; }

    /// <summary>Kept while the custom timeout is off, so that turning it on again restores it.</summary>
    public int? CustomTimeoutSeconds { get; private set; }

    /// <summary>True when <see cref="CustomMemoryMb"/> replaces the platform's default memory limit.</summary>
    public bool CustomMemoryEnabled { get; private set; }

    /// <summary>Kept while the custom memory limit is off, so that turning it on again restores it.</summary>
    public int? CustomMemoryMb { get; private set; }

    /// <summary>The versions loaded with the function; load them all before adding or removing one.</summary>
    public IReadOnlyCollection<FunctionVersion> Versions => _versions.AsReadOnly();

    /// <summary>A new function has no version yet, so it starts inactive.</summary>
    public static Function Create(Guid projectId, string name, string? description, int? deployedBy) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            Name = ValidName(name),
            Description = Descriptions.Valid(description),
            ProjectId = projectId,
            DeployedBy = deployedBy,
            RequiresApiKey = false,
            IsActive = false,
            ExecutionCount = 0,
            RetentionEnabled = false,
            ScheduleEnabled = false,
        };

    public void UpdateDetails(string name, string? description)
    {
        Name = ValidName(name);
        Description = Descriptions.Valid(description);
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void RequireApiKey(string apiKey)
    {
        ApiKey = Ensure.Required(apiKey, "api_key", ApiKeyMaxLength);
        RequiresApiKey = true;
    }

    /// <summary>Requires the key, generating one only when the function has none yet (a kept key is restored).</summary>
    public void RequireApiKey() => RequireApiKey(ApiKey ?? FunctionApiKey.Generate());

    /// <remarks>The key is kept so that requiring it again restores the same key, as the original does.</remarks>
    public void StopRequiringApiKey() => RequiresApiKey = false;

    /// <summary>Replaces the key, so that callers holding the old one are refused from now on.</summary>
    public string RegenerateApiKey()
    {
        if (RequiresApiKey != true)
        {
            throw new ApiKeyNotRequiredException();
        }

        ApiKey = FunctionApiKey.Generate();
        return ApiKey;
    }

    /// <summary>Adds the next version (highest existing number + 1) with its package bytes.</summary>
    public FunctionVersion AddVersion(byte[] package, int? createdBy)
    {
        if (package.Length == 0)
        {
            throw new InvalidValueException("package", "package must not be empty");
        }

        var next = _versions.Count == 0 ? 1 : _versions.Max(v => v.Version) + 1;
        var version = FunctionVersion.Create(Id, next, package, createdBy);
        _versions.Add(version);
        return version;
    }

    public void ActivateVersion(Guid versionId) => ActiveVersionId = FindVersion(versionId).Id;

    public void RemoveVersion(Guid versionId)
    {
        var version = FindVersion(versionId);
        if (version.Id == ActiveVersionId)
        {
            throw new ActiveVersionDeletionException();
        }

        _versions.Remove(version);
    }

    /// <param name="enabled">True to use these settings instead of the global ones.</param>
    /// <param name="type">One of <see cref="RetentionTypes.All"/>; required when enabled.</param>
    /// <param name="value">Days for <c>time</c>, log count for <c>count</c>; positive; not needed for <c>none</c>.</param>
    public void ConfigureRetention(bool enabled, string? type, int? value)
    {
        if (type is not null)
        {
            Ensure.OneOf(type, "retention_type", RetentionTypes.All);
        }
        else if (enabled)
        {
            throw new InvalidValueException("retention_type", "retention_type is required when retention is enabled");
        }

        if (value <= 0)
        {
            throw new InvalidValueException("retention_value", "retention_value must be positive");
        }

        if (value is null && type is RetentionTypes.Time or RetentionTypes.Count)
        {
            throw new InvalidValueException("retention_value", $"retention_value is required for retention type {type}");
        }

        RetentionEnabled = enabled;
        RetentionType = type;
        RetentionValue = value;
    }

    /// <param name="cron">The expression to store; null keeps the current one, blank clears it.</param>
    /// <param name="nextExecution">The next run computed from the expression; ignored when disabled.</param>
    public void ConfigureSchedule(bool enabled, string? cron, DateTime? nextExecution)
    {
        var expression = cron switch
        {
            null => ScheduleCron,
            _ when string.IsNullOrWhiteSpace(cron) => null,
            _ => Ensure.MaxLength(cron.Trim(), "schedule_cron", ScheduleCronMaxLength),
        };
        if (enabled && expression is null)
        {
            throw new InvalidValueException("schedule_cron", "Cron expression is required when scheduling is enabled");
        }

        ScheduleEnabled = enabled;
        ScheduleCron = expression;
        NextExecution = enabled && nextExecution is { } next ? Ensure.Utc(next, "next_execution") : null;
        // A schedule saved again starts afresh: the operator has looked at it.
        ScheduleFailureCount = 0;
    }

    /// <summary>
    /// Sets the function's own execution limits. Values are positive, and an enabled limit needs one; the platform's
    /// maxima are <see cref="ExecutionLimitPolicy"/>'s to check.
    /// </summary>
    public void SetCustomLimits(bool timeoutEnabled, int? timeoutSeconds, bool memoryEnabled, int? memoryMb)
    {
        var timeout = ValidCustomLimit(timeoutEnabled, timeoutSeconds, "custom_timeout_seconds");
        var memory = ValidCustomLimit(memoryEnabled, memoryMb, "custom_memory_mb");
        CustomTimeoutEnabled = timeoutEnabled;
        CustomTimeoutSeconds = timeout;
        CustomMemoryEnabled = memoryEnabled;
        CustomMemoryMb = memory;
    }

    private static string ValidName(string name) => Ensure.Required(name, "name", NameMaxLength);

    private static int? ValidCustomLimit(bool enabled, int? value, string field) => value switch
    {
        <= 0 => throw new InvalidValueException(field, $"{field} must be a positive integer"),
        null when enabled => throw new InvalidValueException(field, $"{field} is required when its custom limit is enabled"),
        _ => value,
    };

    private FunctionVersion FindVersion(Guid versionId) =>
        _versions.SingleOrDefault(v => v.Id == versionId) ?? throw new FunctionVersionNotFoundException(Id, versionId);
}
