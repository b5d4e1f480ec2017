namespace Invoke.Api.IntegrationTests.Support;

public sealed record TestProject(Guid Id, string Name, string Slug);
