namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>The cookie names on the wire, written out so that a rename in the API fails these tests.</summary>
public static class SessionCookieNames
{
    public const string Access = "access_token";
    public const string Refresh = "refresh_token";
}
