using Invoke.Api;
using Invoke.Api.ErrorHandling;
using Invoke.Api.Hosting;
using Invoke.Application;
using Invoke.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseAdminPort(builder.Configuration);
builder.Services.AddApplication().AddInfrastructure().AddApi();

var app = builder.Build();
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages(StatusCodeResponses.WriteEnvelopeAsync);
app.UseAuthentication();
app.UseAuthorization();
app.UseSwagger();
app.UseSwaggerUI();
app.MapControllers();
app.LogSwaggerUiAddressWhenStarted();
app.Run();

public partial class Program;
