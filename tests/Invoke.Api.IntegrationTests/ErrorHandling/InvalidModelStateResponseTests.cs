using System.Text.Json;
using Invoke.Api.ErrorHandling;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Invoke.Api.IntegrationTests.ErrorHandling;

public sealed class InvalidModelStateResponseTests
{
    [Fact]
    public void ToErrors_WhenAJsonPathPointsIntoAnArray_ShouldNameTheFieldWithoutTheRoot()
    {
        var modelState = new ModelStateDictionary();
        modelState.TryAddModelException("$.routes[2].path", new JsonException("conversion"));

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["routes[2].path"], errors.Keys);
        Assert.Equal(["The value of 'routes[2].path' is not valid."], errors["routes[2].path"]);
    }

    [Fact]
    public void ToErrors_WhenAPropertyNameNeedsBrackets_ShouldKeepTheBracketNotation()
    {
        var modelState = new ModelStateDictionary();
        modelState.TryAddModelException("$['odd name']", new JsonException("conversion"));

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["['odd name']"], errors.Keys);
    }

    [Fact]
    public void ToErrors_WhenTheReaderFailedMidway_ShouldBlameTheBodyNotTheLastField()
    {
        var modelState = new ModelStateDictionary();
        modelState.TryAddModelException("$.name", new JsonException("path info", new JsonException("syntax")));

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["body"], errors.Keys);
        Assert.Equal(["The request body is not valid JSON."], errors["body"]);
    }

    [Fact]
    public void ToErrors_WhenARouteValueDidNotConvert_ShouldQuoteTheValueAndTheParameter()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("id", "abc", "abc");
        modelState.AddModelError("id", "The value 'abc' is not valid.");

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["The value 'abc' is not valid for 'id'."], errors["id"]);
    }

    [Fact]
    public void ToErrors_WhenAValueIsMissing_ShouldKeepTheFrameworksMessage()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("projectId", "A value for the 'projectId' parameter or property was not provided.");

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["A value for the 'projectId' parameter or property was not provided."], errors["projectId"]);
    }

    [Fact]
    public void ToErrors_WhenEntriesHaveNoErrors_ShouldLeaveThemOut()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("limit", "10", "10");
        modelState.AddModelError("name", "Name is required");

        var errors = InvalidModelStateResponse.ToErrors(modelState);

        Assert.Equal(["name"], errors.Keys);
    }
}
