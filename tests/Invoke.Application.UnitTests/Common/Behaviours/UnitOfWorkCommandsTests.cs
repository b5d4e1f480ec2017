using Invoke.Application.Common.Behaviours;
using Invoke.Application.KeyValueStore;
using Invoke.Application.KeyValueStore.Commands.ClearKvValues;
using Invoke.Application.KeyValueStore.Commands.DeleteExpiredKvEntries;
using Invoke.Application.KeyValueStore.Commands.DeleteKvValue;
using Invoke.Application.KeyValueStore.Commands.DeleteProjectKvEntry;
using Invoke.Application.KeyValueStore.Commands.ImportProjectKvStore;
using Invoke.Application.KeyValueStore.Commands.IncrementKvValue;
using Invoke.Application.KeyValueStore.Commands.SaveProjectKvEntry;
using Invoke.Application.KeyValueStore.Commands.SetKvValue;
using Invoke.Application.ProjectMembers.Commands.ChangeProjectMemberRole;
using Invoke.Application.ProjectMembers.Commands.RemoveProjectMember;
using Invoke.Application.Projects.Commands.CreateProject;
using Invoke.Application.Projects.Commands.DeleteProject;
using Invoke.Application.Projects.Commands.UpdateProject;
using Invoke.Application.Runtime.Commands.RecordExecutions;
using Invoke.Application.Users.Commands.DeleteUser;
using MediatR;

namespace Invoke.Application.UnitTests.Common.Behaviours;

/// <summary>Which commands the unit of work runs in a transaction, and with which isolation (docs/adr/0033).</summary>
public sealed class UnitOfWorkCommandsTests
{
    [Theory]
    // Rules read, then written on: "the project keeps an owner", "the name is free", "the user owns no function".
    [InlineData(typeof(CreateProjectCommand), typeof(ISerializableCommand))]
    [InlineData(typeof(UpdateProjectCommand), typeof(ISerializableCommand))]
    [InlineData(typeof(DeleteProjectCommand), typeof(ISerializableCommand))]
    [InlineData(typeof(RemoveProjectMemberCommand), typeof(ISerializableCommand))]
    [InlineData(typeof(ChangeProjectMemberRoleCommand), typeof(ISerializableCommand))]
    [InlineData(typeof(DeleteUserCommand), typeof(ISerializableCommand))]
    // Writes that land together: logs with their counters, entries with the project's quota counter.
    [InlineData(typeof(RecordExecutionsCommand), typeof(IAtomicCommand))]
    [InlineData(typeof(ClearKvValuesCommand), typeof(IAtomicCommand))]
    [InlineData(typeof(DeleteExpiredKvEntriesCommand), typeof(IAtomicCommand))]
    [InlineData(typeof(SetKvValueCommand), typeof(IAtomicCommand))]
    [InlineData(typeof(SetKvValueCommand), typeof(IRetryOnConflict))]
    [InlineData(typeof(IncrementKvValueCommand), typeof(IRetryOnConflict))]
    [InlineData(typeof(DeleteKvValueCommand), typeof(IRetryOnConflict))]
    [InlineData(typeof(SaveProjectKvEntryCommand), typeof(IRetryOnConflict))]
    [InlineData(typeof(DeleteProjectKvEntryCommand), typeof(IRetryOnConflict))]
    [InlineData(typeof(ImportProjectKvStoreCommand), typeof(IRetryOnConflict))]
    public void Command_ShouldBeItsKindOfUnitOfWork(Type command, Type kind) =>
        Assert.True(kind.IsAssignableFrom(command), $"{command.Name} must be an {kind.Name}");

    [Fact]
    public void EveryCommandWrittenThroughKvStorage_ShouldRunInATransaction()
    {
        var kvCommands = typeof(KvStorage).Assembly.GetTypes()
            .Where(type => type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(KvStorage))))
            .SelectMany(type => type.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .Where(request => request.Name.EndsWith("Command", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(typeof(SetKvValueCommand), kvCommands);
        Assert.All(kvCommands, command => Assert.True(
            typeof(IAtomicCommand).IsAssignableFrom(command), $"{command.Name} writes through KvStorage outside a transaction"));
    }
}
