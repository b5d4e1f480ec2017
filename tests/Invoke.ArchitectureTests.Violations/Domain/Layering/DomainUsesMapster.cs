using Mapster;

namespace Invoke.ArchitectureTests.Violations.Domain.Layering;

// Breach: the Domain depends on Mapster.
public static class DomainUsesMapster
{
    public static Type Probe => typeof(TypeAdapterConfig);
}
