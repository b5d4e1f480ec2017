using Invoke.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Auth;

public sealed class CaptchaApiFactory : IdentityApiFactory
{
    public FakeCaptchaVerifier Captcha { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ICaptchaVerifier>(Captcha);
    }
}
