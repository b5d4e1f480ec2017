using Invoke.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>
/// The API with a password check that takes long enough for a burst of logins to overlap it, as bcrypt's does under
/// load, and that counts how often passwords were checked.
/// </summary>
public sealed class SlowHasherApiFactory : IdentityApiFactory
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        var real = services.Single(d => d.ServiceType == typeof(IPasswordHasher));
        services.Replace(ServiceDescriptor.Singleton<IPasswordHasher>(provider =>
            new SlowHasher((IPasswordHasher)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), this)));
    }

    private sealed class SlowHasher(IPasswordHasher real, SlowHasherApiFactory factory) : IPasswordHasher
    {
        public string Hash(string password) => real.Hash(password);

        public bool Verify(string password, string hash)
        {
            Interlocked.Increment(ref factory._verifications);
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
            return real.Verify(password, hash);
        }

        public void VerifyNothing(string password) => real.VerifyNothing(password);
    }
}
