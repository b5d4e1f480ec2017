using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Users.Commands.UpdateUser;
using NSubstitute;

namespace Invoke.Application.UnitTests.Users;

public sealed class UpdateUserCommandHandlerTests
{
    private const int CallerId = 7;

    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly IPasswordStrengthEstimator _estimator = Substitute.For<IPasswordStrengthEstimator>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();
    private readonly UpdateUserCommandHandler _handler;

    public UpdateUserCommandHandlerTests()
    {
        var currentUser = Substitute.For<ICurrentUser>();
        currentUser.UserId.Returns(CallerId);
        _handler = new UpdateUserCommandHandler(_context, currentUser, _estimator, _hasher, TimeProvider.System);
    }

    [Fact]
    public async Task Handle_WhenTheAdminSetsTheirOwnPassword_ShouldRefuseWith403BeforeAnythingElse()
    {
        var command = new UpdateUserCommand(CallerId, null, null, null, "Another-Strong-Passphrase-42");

        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(() => _handler.Handle(command, CancellationToken.None));

        Assert.Equal(UpdateUserCommandHandler.OwnPassword, refusal.Message);
        AssertNothingTouched();
    }

    [Fact]
    public async Task Handle_WhenTheAdminDropsTheirOwnAdminRights_ShouldRefuseWith403BeforeAnythingElse()
    {
        var command = new UpdateUserCommand(CallerId, "renamed", null, IsAdmin: false, null);

        var refusal = await Assert.ThrowsAsync<ForbiddenAccessException>(() => _handler.Handle(command, CancellationToken.None));

        Assert.Equal(UpdateUserCommandHandler.OwnAdminRights, refusal.Message);
        AssertNothingTouched();
    }

    [Theory]
    [InlineData(CallerId + 1, "Another-Strong-Passphrase-42", false)]
    [InlineData(CallerId, "", true)]
    [InlineData(CallerId, null, null)]
    public async Task Handle_WhenTheChangeDoesNotLockTheCallerOut_ShouldGoOnToLoadTheUser(int id, string? password, bool? isAdmin)
    {
        var command = new UpdateUserCommand(id, null, null, isAdmin, password);

        // The substitute context has no users set, so getting past the guard means failing on the lookup.
        var exception = await Record.ExceptionAsync(() => _handler.Handle(command, CancellationToken.None));

        Assert.IsNotType<ForbiddenAccessException>(exception);
        Assert.Contains(_context.ReceivedCalls(), call => call.GetMethodInfo().Name == "get_Users");
    }

    private void AssertNothingTouched()
    {
        Assert.Empty(_context.ReceivedCalls());
        Assert.Empty(_estimator.ReceivedCalls());
        Assert.Empty(_hasher.ReceivedCalls());
    }
}
