using Invoke.Infrastructure.Persistence;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>A second API instance on the database of <paramref name="first"/>, as in a deployment with several instances.</summary>
public sealed class SecondHostApiFactory(IdentityApiFactory first) : IdentityApiFactory
{
    public override Task InitializeAsync() => Task.CompletedTask;

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        base.ConfigureSettings(settings);
        settings[$"ConnectionStrings:{DatabaseConnection.ConnectionStringName}"] = first.ConnectionString;
    }
}
