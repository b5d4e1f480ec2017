using FluentValidation.Results;
using Invoke.Application.Common.Exceptions;

namespace Invoke.Application.UnitTests.Common.Exceptions;

public sealed class ValidationExceptionTests
{
    [Fact]
    public void Errors_WhenPropertyPathIsNested_ShouldCamelCaseEverySegment()
    {
        var exception = new ValidationException([new ValidationFailure("Routes[0].AllowedMethods", "Pick a method")]);

        Assert.Equal(["routes[0].allowedMethods"], exception.Errors.Keys);
    }

    [Fact]
    public void Errors_WhenValidatorOverrodeTheNameInSnakeCase_ShouldKeepIt()
    {
        var exception = new ValidationException([new ValidationFailure("retention_type", "Invalid retention type")]);

        Assert.Equal(["retention_type"], exception.Errors.Keys);
    }

    [Fact]
    public void Errors_WhenOneFieldFailsTwice_ShouldGroupItsMessages()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("Name", "Name is required"),
            new ValidationFailure("Name", "Name is too long"),
        ]);

        Assert.Equal(["Name is required", "Name is too long"], exception.Errors["name"]);
    }

    [Fact]
    public void Message_WhenOneRuleFails_ShouldBeExactlyItsMessage()
    {
        var exception = new ValidationException([new ValidationFailure("Name", "Function name is required")]);

        Assert.Equal("Function name is required", exception.Message);
    }

    [Fact]
    public void Message_WhenSeveralRulesFail_ShouldJoinTheDistinctMessages()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("Name", "Name is required"),
            new ValidationFailure("ProjectId", "project_id is required"),
            new ValidationFailure("Alias", "Name is required"),
        ]);

        Assert.Equal("Name is required; project_id is required", exception.Message);
    }
}
