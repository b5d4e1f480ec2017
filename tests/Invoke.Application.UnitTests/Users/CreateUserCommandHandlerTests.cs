using Invoke.Application.Common.Exceptions;
using Invoke.Application.Common.Interfaces;
using Invoke.Application.Common.Security;
using Invoke.Application.Users.Commands.CreateUser;
using NSubstitute;

namespace Invoke.Application.UnitTests.Users;

public sealed class CreateUserCommandHandlerTests
{
    private readonly IApplicationDbContext _context = Substitute.For<IApplicationDbContext>();
    private readonly IPasswordStrengthEstimator _estimator = Substitute.For<IPasswordStrengthEstimator>();
    private readonly IPasswordHasher _hasher = Substitute.For<IPasswordHasher>();

    [Fact]
    public async Task Handle_WhenThePasswordIsWeak_ShouldRefuseWithTheFeedbackAndScoreBeforeHashingOrStoring()
    {
        _estimator.Estimate("password1", Arg.Any<IEnumerable<string>>())
            .Returns(new PasswordStrength(1, "This is a very common password"));
        var handler = new CreateUserCommandHandler(_context, _estimator, _hasher);

        var refusal = await Assert.ThrowsAsync<BadRequestException>(() =>
            handler.Handle(new CreateUserCommand(" carol ", "carol@example.test", "password1", null), CancellationToken.None));

        Assert.Equal("This is a very common password", refusal.Message);
        Assert.Equal("password", refusal.Field);
        Assert.Equal(1, refusal.Members["score"]);
        Assert.Empty(_hasher.ReceivedCalls());
        Assert.Empty(_context.ReceivedCalls());
    }

    [Fact]
    public async Task Handle_ShouldJudgeThePasswordAgainstTheTrimmedUsernameAndEmail()
    {
        IEnumerable<string>? inputs = null;
        _estimator.Estimate(Arg.Any<string>(), Arg.Do<IEnumerable<string>>(given => inputs = given))
            .Returns(new PasswordStrength(0, "Names and surnames by themselves are easy to guess"));
        var handler = new CreateUserCommandHandler(_context, _estimator, _hasher);

        await Assert.ThrowsAsync<BadRequestException>(() =>
            handler.Handle(new CreateUserCommand(" carol ", " carol@example.test ", "carol2026", null), CancellationToken.None));

        Assert.Equal(["carol", "carol@example.test"], inputs);
    }
}
