using System.Globalization;
using Invoke.Api.Security;
using Invoke.Application.Scheduler.Commands.TriggerScheduledRuns;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Invoke.Api.Scheduler;

/// <summary>
/// <c>POST /scheduler/trigger-scheduled</c> on the execution port: runs what is due now, through the scheduler's claim,
/// and answers when those runs have ended. Open in the original; here an administrator's session token or API key is
/// required (the port's branch runs before the authentication middleware, so the policy is evaluated here).
/// </summary>
internal static class SchedulerTrigger
{
    public const string Path = "/scheduler/trigger-scheduled";

    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var policy = (await services.GetRequiredService<IAuthorizationPolicyProvider>()
            .GetPolicyAsync(AuthorizationPolicies.AdminOrAdminApiKey))!;
        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        var authentication = await evaluator.AuthenticateAsync(policy, http);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, http, resource: null);
        await services.GetRequiredService<IAuthorizationMiddlewareResultHandler>()
            .HandleAsync(TriggerAsync, http, policy, authorization);
    }

    private static async Task TriggerAsync(HttpContext http)
    {
        try
        {
            var pass = await http.RequestServices.GetRequiredService<IMediator>()
                .Send(new TriggerScheduledRunsCommand(), http.RequestAborted);
            var processed = pass.Succeeded + pass.Failed;
            await http.Response.WriteAsJsonAsync(new TriggerScheduledResponse(
                true,
                string.Create(CultureInfo.InvariantCulture, $"Processed {processed} scheduled functions"),
                pass.Succeeded,
                pass.Failed));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            http.RequestServices.GetRequiredService<ILogger<TriggerScheduledResponse>>()
                .LogError(exception, "Triggered scheduler pass failed");
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(new TriggerScheduledFailureResponse(false, "Internal server error", "Scheduler pass failed"));
        }
    }
}
