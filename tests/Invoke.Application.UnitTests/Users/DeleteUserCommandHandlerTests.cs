using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Users.Commands.DeleteUser;
using NSubstitute;

namespace Invoke.Application.UnitTests.Users;

public sealed class DeleteUserCommandHandlerTests
{
    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();

    public DeleteUserCommandHandlerTests() => _currentUser.UserId.Returns(7);

    [Fact]
    public async Task Handle_WhenTheAdminDeletesThemselves_ShouldRefuseWith403BeforeTouchingTheDatabase()
    {
        var handler = new DeleteUserCommandHandler(_context, _currentUser);

        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(
            () => handler.Handle(new DeleteUserCommand(7), CancellationToken.None));

        Assert.Equal(
            "You cannot delete your own account. Please use another admin account to delete this user.", refusal.Message);
        Assert.Empty(_context.ReceivedCalls());
    }
}
