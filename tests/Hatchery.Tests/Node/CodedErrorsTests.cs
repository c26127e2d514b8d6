namespace Hatchery.Tests.Node;

/// <summary>
/// Node's coded errors (ERR_INVALID_ARG_TYPE and the rest) as the built-in modules throw them, against Node's output
/// for the scripts in Fixtures/errors.
/// </summary>
public class CodedErrorsTests
{
    public static IEnumerable<object[]> Scripts() => NodeFixtures.In("errors");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void PrintsWhatNodePrints(string script) => NodeFixtures.AssertMatchesNode("errors", script);
}
