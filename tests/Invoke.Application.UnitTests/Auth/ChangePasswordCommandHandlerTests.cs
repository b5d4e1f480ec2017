using Invoke.Application.Auth.Commands.ChangePassword;
using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using NSubstitute;

namespace Invoke.Application.UnitTests.Auth;

public sealed class ChangePasswordCommandHandlerTests
{
    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly ICurrentUser _currentUser = Substitute.For<ICurrentUser>();
    private readonly IPasswordStrengthEstimator _estimator = Substitute.For<IPasswordStrengthEstimator>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();

    public ChangePasswordCommandHandlerTests()
    {
        _currentUser.UserId.Returns(7);
        _currentUser.Username.Returns("alice");
        _currentUser.Email.Returns("alice@example.test");
    }

    [Fact]
    public async Task Handle_WhenTheNewPasswordIsWeak_ShouldRefuseWithTheScoreBeforeReadingTheUserOrHashing()
    {
        _estimator.Estimate("alice2024", Arg.Any<IEnumerable<string>>())
            .Returns(new PasswordStrength(1, "Names and surnames by themselves are easy to guess"));

        var refusal = await Assert.ThrowsAsync<BadRequestException>(() => Handler().Handle(
            new ChangePasswordCommand("not-checked", "alice2024"), CancellationToken.None));

        Assert.Equal("Names and surnames by themselves are easy to guess", refusal.Message);
        Assert.Equal("newPassword", refusal.Field);
        Assert.Equal(1, refusal.Members["score"]);
        Assert.Equal(1, Assert.IsType<Dictionary<string, object?>>(refusal.ResponseData)["score"]);
        Assert.Empty(_context.ReceivedCalls());
        Assert.Empty(_hasher.ReceivedCalls());
    }

    [Fact]
    public async Task Handle_ShouldGiveTheEstimatorTheUsersNameAndEmailAsGuesses()
    {
        IEnumerable<string>? inputs = null;
        _estimator.Estimate("plum-Orbit-glacier", Arg.Do<IEnumerable<string>>(given => inputs = given))
            .Returns(new PasswordStrength(0, "Add another word or two. Uncommon words are better."));

        await Assert.ThrowsAsync<BadRequestException>(() => Handler().Handle(
            new ChangePasswordCommand("current", "plum-Orbit-glacier"), CancellationToken.None));

        Assert.Equal(["alice", "alice@example.test"], inputs);
    }

    private ChangePasswordCommandHandler Handler() => new(_context, _currentUser, _estimator, _hasher, TimeProvider.System);
}
