using FluentValidation;
using Invoke.Application.Common.Behaviours;
using ValidationException = Invoke.Application.Common.Exceptions.ValidationException;

namespace Invoke.Application.UnitTests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    public sealed record CreateThingCommand(string Name, Guid? ProjectId, int Count);

    private sealed class NameAndCountValidator : AbstractValidator<CreateThingCommand>
    {
        public NameAndCountValidator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required");
            RuleFor(c => c.Count).GreaterThan(0).WithMessage("Count must be positive");
        }
    }

    private sealed class ProjectValidator : AbstractValidator<CreateThingCommand>
    {
        public ProjectValidator() =>
            RuleFor(c => c.ProjectId).NotNull().OverridePropertyName("project_id").WithMessage("project_id is required");
    }

    private bool _handlerCalled;

    [Fact]
    public async Task Handle_WhenSeveralValidatorsFail_ShouldThrowOneExceptionListingEveryField()
    {
        var behaviour = new ValidationBehaviour<CreateThingCommand, string>(
            [new NameAndCountValidator(), new ProjectValidator()]);

        var exception = await Assert.ThrowsAsync<ValidationException>(() =>
            behaviour.Handle(new CreateThingCommand("", null, 0), CancellationToken.None, Handler));

        Assert.Equal(["name", "count", "project_id"], exception.Errors.Keys);
        Assert.Equal(["Name is required"], exception.Errors["name"]);
        Assert.Equal(["Count must be positive"], exception.Errors["count"]);
        Assert.Equal(["project_id is required"], exception.Errors["project_id"]);
        Assert.False(_handlerCalled);
    }

    [Fact]
    public async Task Handle_WhenEveryValidatorPasses_ShouldReturnTheHandlersResponse()
    {
        var behaviour = new ValidationBehaviour<CreateThingCommand, string>(
            [new NameAndCountValidator(), new ProjectValidator()]);

        var response = await behaviour.Handle(
            new CreateThingCommand("thing", Guid.NewGuid(), 1), CancellationToken.None, Handler);

        Assert.Equal("handled", response);
        Assert.True(_handlerCalled);
    }

    [Fact]
    public async Task Handle_WhenTheRequestHasNoValidator_ShouldReturnTheHandlersResponse()
    {
        var behaviour = new ValidationBehaviour<CreateThingCommand, string>([]);

        var response = await behaviour.Handle(new CreateThingCommand("", null, 0), CancellationToken.None, Handler);

        Assert.Equal("handled", response);
    }

    private Task<string> Handler()
    {
        _handlerCalled = true;
        return Task.FromResult("handled");
    }
}
