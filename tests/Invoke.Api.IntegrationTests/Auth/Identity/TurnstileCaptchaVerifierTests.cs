using System.Net;
using System.Text;
using System.Text.Json;
using Invoke.Application.Common.Options;
using Invoke.Application.Common.Security;
using Invoke.Infrastructure.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Invoke.Api.IntegrationTests.Auth.Identity;

public sealed class TurnstileCaptchaVerifierTests
{
    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Verify_ShouldPostTheSecretTokenAndClientAddressToSiteverifyLikeTheOriginal()
    {
        _handler.Respond(HttpStatusCode.OK, """{"success":true}""");

        var verdict = await Verifier("0x-secret").VerifyAsync("the-token", "203.0.113.9", CancellationToken.None);

        Assert.Equal(CaptchaVerdict.Passed, verdict);
        Assert.Equal(HttpMethod.Post, _handler.Method);
        Assert.Equal(TurnstileCaptchaVerifier.SiteVerifyUri, _handler.Uri);
        using var body = JsonDocument.Parse(_handler.Body!);
        Assert.Equal("0x-secret", body.RootElement.GetProperty("secret").GetString());
        Assert.Equal("the-token", body.RootElement.GetProperty("response").GetString());
        Assert.Equal("203.0.113.9", body.RootElement.GetProperty("remoteip").GetString());
    }

    [Theory]
    [InlineData("""{"success":false,"error-codes":["invalid-input-response"]}""")]
    [InlineData("""{}""")]
    public async Task Verify_WhenCloudflareDoesNotSaySuccess_ShouldFail(string answer)
    {
        _handler.Respond(HttpStatusCode.OK, answer);

        var verdict = await Verifier("0x-secret").VerifyAsync("token", null, CancellationToken.None);

        Assert.Equal(CaptchaVerdict.Failed, verdict);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"success":true}""")]
    [InlineData(HttpStatusCode.OK, "<html>not json</html>")]
    public async Task Verify_WhenTheServiceErrsOrAnswersGarbage_ShouldBeUnavailable(HttpStatusCode status, string answer)
    {
        _handler.Respond(status, answer);

        var verdict = await Verifier("0x-secret").VerifyAsync("token", null, CancellationToken.None);

        Assert.Equal(CaptchaVerdict.Unavailable, verdict);
    }

    [Fact]
    public async Task Verify_WhenTheServiceCannotBeReached_ShouldBeUnavailable()
    {
        _handler.Throw(new HttpRequestException("connection refused"));

        var verdict = await Verifier("0x-secret").VerifyAsync("token", null, CancellationToken.None);

        Assert.Equal(CaptchaVerdict.Unavailable, verdict);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0x-secret", true)]
    public void IsEnabled_ShouldFollowTheSecretKey(string? secret, bool expected)
    {
        var enabled = Verifier(secret).IsEnabled;

        Assert.Equal(expected, enabled);
    }

    private TurnstileCaptchaVerifier Verifier(string? secret) => new(
        new HttpClient(_handler),
        Options.Create(new TurnstileOptions { SecretKey = secret }),
        NullLogger<TurnstileCaptchaVerifier>.Instance);

    private sealed class RecordingHandler : HttpMessageHandler
    {
        private Func<HttpResponseMessage> _respond = () => new HttpResponseMessage(HttpStatusCode.OK);

        public HttpMethod? Method { get; private set; }

        public Uri? Uri { get; private set; }

        public string? Body { get; private set; }

        public void Respond(HttpStatusCode status, string body) =>
            _respond = () => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        public void Throw(Exception exception) => _respond = () => throw exception;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Method = request.Method;
            Uri = request.RequestUri;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return _respond();
        }
    }
}
