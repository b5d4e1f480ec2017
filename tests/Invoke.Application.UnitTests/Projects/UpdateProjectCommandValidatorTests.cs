using Invoke.Application.Common.Exceptions;
using Invoke.Application.Projects.Commands.UpdateProject;
using Invoke.Domain.Projects;

namespace Invoke.Application.UnitTests.Projects;

public sealed class UpdateProjectCommandValidatorTests
{
    private readonly UpdateProjectCommandValidator _validator = new();

    [Fact]
    public void Validate_WhenOnlyIdAndNameAreGiven_ShouldAccept()
    {
        var result = _validator.Validate(new UpdateProjectCommand(Guid.NewGuid(), "name", null, null, null));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_WhenTheNameFitsOnlyOnceTrimmed_ShouldAccept()
    {
        var name = $"  {new string('n', Project.NameMaxLength)}  ";

        var result = _validator.Validate(new UpdateProjectCommand(Guid.NewGuid(), name, null, null, null));

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Validate_WhenTheKvQuotaIsNotPositive_ShouldNameItsWireField(long bytes)
    {
        var result = _validator.Validate(new UpdateProjectCommand(Guid.NewGuid(), "name", null, null, bytes));

        var errors = new ValidationException(result.Errors).Errors;
        Assert.Equal(["kv_storage_limit_bytes"], errors.Keys);
        Assert.Equal(["kv_storage_limit_bytes must be a positive number of bytes"], errors["kv_storage_limit_bytes"]);
    }

    [Fact]
    public void Validate_WhenIdAndNameAreMissing_ShouldSayWhatTheOriginalSaysForBoth()
    {
        var result = _validator.Validate(new UpdateProjectCommand(null, " ", null, null, null));

        var exception = new ValidationException(result.Errors);
        Assert.Equal(["id", "name"], exception.Errors.Keys);
        Assert.Equal("Project ID and name are required", exception.Message);
    }
}
