using Invoke.Domain.Common;

namespace Invoke.Domain.Functions;

public sealed class ApiKeyNotRequiredException() : DomainException("Function does not require API key");
