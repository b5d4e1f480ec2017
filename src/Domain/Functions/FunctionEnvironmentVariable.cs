using Invoke.Domain.Common;

namespace Invoke.Domain.Functions;

public sealed class FunctionEnvironmentVariable : EnvironmentVariable
{
    private FunctionEnvironmentVariable()
    {
    }

    private FunctionEnvironmentVariable(Guid functionId, string name, string value, string? description)
        : base(name, value, description) =>
        FunctionId = functionId;

    public Guid FunctionId { get; private set; }

    public static FunctionEnvironmentVariable Create(Guid functionId, string name, string value, string? description) =>
        new(functionId, name, value, description);
}
