using Invoke.Domain.Common;

namespace Invoke.Domain.ApiGateway;

/// <summary>A project's API gateway: whether it serves requests and on which custom domain.</summary>
public sealed class ApiGatewayConfig
{
    public const int CustomDomainMaxLength = 255;

    private ApiGatewayConfig()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public bool Enabled { get; private set; }

    /// <summary>Stored as entered (the admin UI sends it with a scheme); the gateway normalises it.</summary>
    public string? CustomDomain { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public static ApiGatewayConfig Create(Guid projectId) => new() { Id = Guid.CreateVersion7(), ProjectId = projectId };

    /// <param name="customDomain">Blank clears the custom domain.</param>
    public void Configure(bool enabled, string? customDomain)
    {
        Enabled = enabled;
        CustomDomain = string.IsNullOrWhiteSpace(customDomain)
            ? null
            : Ensure.MaxLength(customDomain.Trim(), "custom_domain", CustomDomainMaxLength);
    }
}
