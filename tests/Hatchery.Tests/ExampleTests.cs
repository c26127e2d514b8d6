namespace Hatchery.Tests;

/// <summary>The README's main job, examples/hello.js, prints exactly what Node.js 20 prints for it.</summary>
public class ExampleTests
{
    [Fact]
    public void HelloExampleMatchesNode()
    {
        var examples = FindExamplesDirectory();
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(examples));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("hello.js"));
            Assert.Equal("", output.Error);
            // Recorded with `node examples/hello.js > tests/Hatchery.Tests/Fixtures/hello.expected.txt`.
            Assert.Equal(File.ReadAllText(TestHost.Fixture("hello.expected.txt")), output.Out);
        }
    }

    private static string FindExamplesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples");
            if (File.Exists(Path.Combine(candidate, "hello.js"))) return candidate;
        }
        throw new DirectoryNotFoundException("examples/hello.js not found above the test output directory");
    }
}
