using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.ExecutionLogs;
using Invoke.Domain.Functions;
using Invoke.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>Functions and what hangs off them, written straight to the API's database.</summary>
public static class FunctionData
{
    public static async Task<Function> CreateFunctionAsync(
        this InvokeApiFactory factory,
        TestProject project,
        TestUser? deployedBy = null,
        string? name = null,
        bool requiresApiKey = false,
        int versions = 0)
    {
        var function = Function.Create(project.Id, name ?? IdentityData.UniqueName("fn"), "a test function", deployedBy?.Id);
        await factory.ExecuteDbAsync(async context =>
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
            if (requiresApiKey)
            {
                function.RequireApiKey();
            }

            for (var version = 1; version <= versions; version++)
            {
                var added = function.AddVersion(new byte[version * 100], deployedBy?.Id);
                function.ActivateVersion(added.Id);
            }

            await context.SaveChangesAsync();
        });
        return function;
    }

    /// <summary>A function in a new project owned by a new user, and a client of that user (the UI's token or the CLI's key).</summary>
    public static async Task<(HttpClient Client, Guid FunctionId)> CreateOwnedFunctionAsync(
        this InvokeApiFactory factory, bool viaApiKey = false)
    {
        var user = await factory.CreateUserAsync();
        var function = await factory.CreateFunctionAsync(await factory.CreateProjectAsync(owner: user));
        var client = viaApiKey
            ? factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user))
            : factory.CreateClientFor(user);
        return (client, function.Id);
    }

    /// <summary>A function with no project, as the original's uploads without a project left behind.</summary>
    public static async Task<Guid> CreateProjectlessFunctionAsync(this InvokeApiFactory factory)
    {
        var function = Function.Create(Guid.Empty, IdentityData.UniqueName("legacy"), null, deployedBy: null);
        await factory.ExecuteDbAsync(async context =>
        {
            context.Functions.Add(function);
            await context.SaveChangesAsync();
            await context.Functions.Where(f => f.Id == function.Id)
                .ExecuteUpdateAsync(setters => setters.SetProperty(f => f.ProjectId, (Guid?)null));
        });
        return function.Id;
    }

    public static Task AddEnvironmentVariableAsync(
        this InvokeApiFactory factory, Guid functionId, string name, string value, string? description = null) =>
        factory.ExecuteDbAsync(async context =>
        {
            context.FunctionEnvironmentVariables.Add(FunctionEnvironmentVariable.Create(functionId, name, value, description));
            await context.SaveChangesAsync();
        });

    public static Task AddProjectVariableAsync(this InvokeApiFactory factory, Guid projectId, string name, string value) =>
        factory.ExecuteDbAsync(async context =>
        {
            context.ProjectEnvironmentVariables.Add(ProjectEnvironmentVariable.Create(projectId, name, value, description: null));
            await context.SaveChangesAsync();
        });

    public static Task AddExecutionLogAsync(this InvokeApiFactory factory, Guid functionId) =>
        factory.ExecuteDbAsync(async context =>
        {
            context.ExecutionLogs.Add(ExecutionLog.Record(functionId, 200, 5, "GET"));
            await context.SaveChangesAsync();
        });

    public static Task<Function?> FindFunctionAsync(this InvokeApiFactory factory, Guid id) =>
        factory.QueryDbAsync(context => context.Functions.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id));
}
