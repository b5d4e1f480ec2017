namespace Invoke.ArchitectureTests.Violations.Application.KeyValueStore.Commands.SetKvValue;

/// <summary>Stands for a key-value request that trusts the project id it carries (the function runtime's).</summary>
public sealed record SetKvValueCommand(Guid ProjectId, string Key, string ValueJson);
