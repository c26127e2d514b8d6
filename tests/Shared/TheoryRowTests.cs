using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace Hatchery.Tests;

/// <summary>
/// xunit's Visual Studio runner runs only one of two theory rows with the same ID (method and arguments) and says so
/// in a log line nobody reads, so a duplicated fixture or data row would silently not run: this fails the run
/// instead. Linked into each test project, it checks the theories of the project it is compiled into.
/// </summary>
public class TheoryRowTests
{
    [Fact]
    public void NoTwoTheoryRowsShareAnId()
    {
        var ids = typeof(TheoryRowTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(TheoryAttribute)))
            .SelectMany(method => method.GetCustomAttributes<DataAttribute>()
                .SelectMany(data => data.GetData(method))
                .Select(row => $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(", ", row.Select(Show))})"));
        Assert.Empty(ids.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key));
    }

    private static string Show(object? argument) => argument switch
    {
        null => "null",
        string text => System.Text.Json.JsonSerializer.Serialize(text),
        _ => $"{argument.GetType().Name}:{Convert.ToString(argument, CultureInfo.InvariantCulture)}",
    };
}
