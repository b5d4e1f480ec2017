using Invoke.Api;
using Invoke.Api.ErrorHandling;
using Invoke.Api.Execution;
using Invoke.Api.Gateway;
using Invoke.Api.Hosting;
using Invoke.Api.Scheduler;
using Invoke.Application;
using Invoke.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var roles = InvokeRoles.From(builder.Configuration);
var ports = RolePorts.From(builder.Configuration, roles);
builder.WebHost.UseRolePorts(builder.Configuration, roles, ports);
builder.Services.AddApplication().AddInfrastructure().AddApi().AddExecutionRole(roles).AddSchedulerRole(roles);

var app = builder.Build();
app.UseForwardedHeaders();
app.MapExecutionRole(ports);
app.MapGatewayRole(ports);
app.UseExceptionHandler();
app.UseStatusCodePages(StatusCodeResponses.WriteEnvelopeAsync);
app.UseAuthentication();
app.UseAuthorization();
app.UseSwagger();
app.UseSwaggerUI();
app.MapControllers();
app.LogRoleAddressesWhenStarted(roles, ports);
app.Run();

public partial class Program;
