using Invoke.Domain.Common;

namespace Invoke.Domain.Functions;

public sealed class ActiveVersionDeletionException()
    : DomainException("Cannot delete the active version. Switch to a different version first.");
