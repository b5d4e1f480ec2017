using Invoke.Domain.Common;

namespace Invoke.Domain.ApiGateway;

/// <summary>A named way of authenticating gateway requests, shared by the routes of one gateway.</summary>
public sealed class ApiGatewayAuthMethod
{
    public const int NameMaxLength = 100;

    private ApiGatewayAuthMethod()
    {
    }

    public Guid Id { get; private set; }

    public Guid GatewayConfigId { get; private set; }

    public string Name { get; private set; } = null!;

    public string Type { get; private set; } = null!;

    /// <summary>Type-specific settings as a JSON object.</summary>
    public string Config { get; private set; } = null!;

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public static ApiGatewayAuthMethod Create(Guid gatewayConfigId, string name, string type, string config)
    {
        var method = new ApiGatewayAuthMethod { Id = Guid.CreateVersion7(), GatewayConfigId = gatewayConfigId };
        method.Update(name, type, config);
        return method;
    }

    public void Update(string name, string type, string config)
    {
        Name = Ensure.Required(name, "name", NameMaxLength);
        Type = Ensure.OneOf(type, "type", AuthMethodType.All);
        Config = Ensure.JsonObject(config, "config");
    }
}
