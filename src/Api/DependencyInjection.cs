using Invoke.Api.ErrorHandling;
using Invoke.Api.Json;
using Invoke.Api.Packages;
using Invoke.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.OpenApi;

namespace Invoke.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services
            .AddControllers(options =>
            {
                // Request bodies are plain carriers; the command validators own the rules and their wire messages.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // Binding errors name the field as the client spelled it ([JsonPropertyName]), not the C# name.
                options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider());
                options.Filters.Add(new NulCharacterFilter());
                options.Filters.Add(new RequestBodyLimitFilter());
                // Model-state keys of JSON errors are the path to the error, a segment per property and per index, so
                // both depths must hold twice the JSON's: an error deeper than the validation depth would go unseen.
                options.MaxValidationDepth = SourceTreeJson.MaxModelStateDepth;
                options.MaxModelBindingRecursionDepth = SourceTreeJson.MaxModelStateDepth;
            })
            .AddJsonOptions(options =>
            {
                // Every DTO names its wire members ([JsonPropertyName]): rows are snake_case, the rest camelCase.
                options.JsonSerializerOptions.PropertyNamingPolicy = null;
                options.JsonSerializerOptions.DictionaryKeyPolicy = null;
                options.JsonSerializerOptions.MaxDepth = SourceTreeJson.MaxDepth;
                options.JsonSerializerOptions.Converters.Add(new UtcTimestampJsonConverter());
                options.JsonSerializerOptions.Converters.Add(new NulRefusingStringJsonConverter());
                options.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(options =>
            {
                options.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create;
                // A bare NotFound()/StatusCode(n) goes through the status code pages, which write the envelope.
                options.SuppressMapClientErrors = true;
            });

        services.AddSingleton<ErrorResponses>();
        services.AddSingleton<Invoke.Application.Runtime.Egress.IOwnEndpoints, Hosting.ListenerEndpoints>();
        services.AddInvokeSecurity();
        services.AddExceptionHandler<InvokeExceptionHandler>();
        // UseExceptionHandler() refuses to start without a handler path or IProblemDetailsService; the fallback it
        // enables is never reached, because InvokeExceptionHandler answers every exception itself.
        services.AddProblemDetails();

        services.AddSwaggerGen(options =>
        {
            options.SupportNonNullableReferenceTypes();
            options.OperationFilter<ArchiveUploadOperationFilter>();
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Invoke admin API",
                Version = "v1",
                Description = "Administration API of Invoke, wire-compatible with the original Node.js platform.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A session token from POST /api/auth/login, or a user API key.",
            });
            options.AddSecurityDefinition("ApiKey", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "x-api-key",
                Description = "A user API key (CLI).",
            });
        });

        return services;
    }
}
