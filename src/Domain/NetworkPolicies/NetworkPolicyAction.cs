namespace Invoke.Domain.NetworkPolicies;

public static class NetworkPolicyAction
{
    public const int MaxLength = 10;
    public const string Allow = "allow";
    public const string Deny = "deny";

    public static IReadOnlyList<string> All { get; } = [Allow, Deny];
}
