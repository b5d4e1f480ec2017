namespace Invoke.Api.Security;

/// <param name="FromCookie">Whether the token came from the cookie (and the answer should renew the cookies).</param>
public readonly record struct PresentedRefreshToken(string? Token, bool FromCookie);
