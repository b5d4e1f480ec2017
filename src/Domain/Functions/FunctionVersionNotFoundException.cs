using Invoke.Domain.Common;

namespace Invoke.Domain.Functions;

public sealed class FunctionVersionNotFoundException(Guid functionId, Guid versionId)
    : DomainException("Version not found")
{
    public Guid FunctionId { get; } = functionId;

    public Guid VersionId { get; } = versionId;
}
