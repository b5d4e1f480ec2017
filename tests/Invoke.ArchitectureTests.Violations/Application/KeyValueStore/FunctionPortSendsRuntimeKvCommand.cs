using Invoke.ArchitectureTests.Violations.Application.KeyValueStore.Commands.SetKvValue;

namespace Invoke.ArchitectureTests.Violations.Application.KeyValueStore;

/// <summary>Allowed: the function port, inside the key-value store's own folder, builds the runtime requests.</summary>
public sealed class FunctionPortSendsRuntimeKvCommand
{
    public object Build(Guid projectId) => new SetKvValueCommand(projectId, "k", "1");
}
