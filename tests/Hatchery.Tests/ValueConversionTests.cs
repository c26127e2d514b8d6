using System.Text.Json;
using Jint.Native;

namespace Hatchery.Tests;

public class ValueConversionTests
{
    private sealed record Order(string Customer, int Quantity, string[] Items, DateTime? Shipped = null);

    [Fact]
    public void ToJsMakesPlainJavaScriptValuesWithCamelCaseNames()
    {
        using var runtime = JsRuntime.Open();
        var order = runtime.ToJs(new Order("Ada \"Countess\"", 3, ["tea", "cake"]));
        var describe = runtime.Evaluate("(o) => `${o.customer}|${o.quantity + 1}|${o.items.join('+')}|${Array.isArray(o.items)}|${o.shipped}`");
        Assert.Equal("Ada \"Countess\"|4|tea+cake|true|null", runtime.Call(describe, order).AsString());
        Assert.True(runtime.ToJs(null).IsNull());
    }

    [Fact]
    public void FromJsReadsJavaScriptValuesIntoDotNetTypes()
    {
        using var runtime = JsRuntime.Open();
        var value = runtime.Evaluate("({ customer: 'Grace', quantity: 2, items: ['a', 'b'], ignored: () => 1, shipped: new Date(Date.UTC(2024, 0, 2)) })");
        var order = runtime.FromJs<Order>(value)!;
        Assert.Equal("Grace", order.Customer);
        Assert.Equal(2, order.Quantity);
        Assert.Equal(["a", "b"], order.Items);
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), order.Shipped!.Value.ToUniversalTime());
        Assert.Equal(7, runtime.FromJs<int>(runtime.Evaluate("7")));
        Assert.Null(runtime.FromJs<string>(JsValue.Null));
    }

    [Fact]
    public void TheFactorysSerializerOptionsApply()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        using var runtime = JsRuntime.Open(o => o.UseJsonSerializerOptions(options));
        var js = runtime.ToJs(new { FirstName = "Lin" });
        Assert.Equal("Lin", runtime.Call(runtime.Evaluate("(o) => o.first_name"), js).AsString());
        Assert.Equal("Kay", runtime.FromJs<Dictionary<string, string>>(runtime.Evaluate("({ first_name: 'Kay' })"))!["first_name"]);
    }

    [Fact]
    public void ACycleIsAJsonException()
    {
        using var runtime = JsRuntime.Open();
        Assert.Throws<JsonException>(() => runtime.FromJs<object>(runtime.Evaluate("const a = {}; a.self = a; a")));
    }
}
