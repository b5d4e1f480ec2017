using Invoke.ArchitectureTests.Violations.Application.KeyValueStore.Commands.SetKvValue;

namespace Invoke.ArchitectureTests.Violations.Api.KeyValueStore;

/// <summary>Violation: an endpoint sending a runtime request would let a client name any project.</summary>
public sealed class ControllerSendsRuntimeKvCommand
{
    public object Build(Guid projectIdFromTheClient) => new SetKvValueCommand(projectIdFromTheClient, "k", "1");
}
