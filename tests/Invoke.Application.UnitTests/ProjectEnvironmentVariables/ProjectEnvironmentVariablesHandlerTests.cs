using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.EnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables.Commands.ReplaceProjectEnvironmentVariables;
using Invoke.Application.ProjectEnvironmentVariables.Queries.ListProjectEnvironmentVariables;
using Mapster;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Invoke.Application.UnitTests.ProjectEnvironmentVariables;

/// <summary>A caller who is not a member of the project is refused before anything of the project is read or written.</summary>
public sealed class ProjectEnvironmentVariablesHandlerTests
{
    private readonly Guid _projectId = Guid.NewGuid();
    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly IProjectAccess _projectAccess = Substitute.For<IProjectAccess>();

    public ProjectEnvironmentVariablesHandlerTests() =>
        _projectAccess.EnsureMemberAsync(_projectId, Arg.Any<CancellationToken>(), Arg.Any<string>())
            .ThrowsAsync(new ForbiddenAccessException(ProjectVariablesAccess.DeniedMessage));

    [Fact]
    public async Task List_WhenTheCallerIsNotAMember_ShouldRefuseWithTheOriginalsMessageBeforeReading()
    {
        var handler = new ListProjectEnvironmentVariablesQueryHandler(_context, _projectAccess, new TypeAdapterConfig());

        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => handler.Handle(new ListProjectEnvironmentVariablesQuery(_projectId), CancellationToken.None));

        Assert.Equal("Access denied", refusal.Message);
        Assert.Empty(_context.ReceivedCalls());
    }

    [Fact]
    public async Task Replace_WhenTheCallerIsNotAMember_ShouldRefuseBeforeReadingOrWriting()
    {
        var handler = new ReplaceProjectEnvironmentVariablesCommandHandler(_context, _projectAccess);
        var command = new ReplaceProjectEnvironmentVariablesCommand(_projectId, [new EnvironmentVariableInput("PLANTED", "1", null)]);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => handler.Handle(command, CancellationToken.None));

        await _projectAccess.Received(1).EnsureMemberAsync(_projectId, Arg.Any<CancellationToken>(), "Access denied");
        Assert.Empty(_context.ReceivedCalls());
    }
}
