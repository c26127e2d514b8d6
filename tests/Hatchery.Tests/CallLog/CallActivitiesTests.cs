using System.Diagnostics;
using Hatchery.CallLog;

namespace Hatchery.Tests.CallLog;

/// <summary>The ActivitySource bridge: logged calls appear as activities to whoever listens.</summary>
public sealed class CallActivitiesTests : IDisposable
{
    private readonly TempTree _tree = TestHost.Files();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Logged_calls_are_activities_named_module_dot_function_with_their_tags()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CallActivities.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) stopped.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        string id;
        using (var runtime = EngineFactory.Create(o => o.UseConsole(new CapturedOutput()).UseCallLog(_tree["a.db"])).NewRuntime())
        {
            id = runtime.CallLogId!;
            var f = runtime.Evaluate("(function outer() { return require('path').basename('a/b'); })");
            runtime.Call(f);
        }
        List<Activity> mine;
        lock (stopped) mine = stopped.Where(a => (string?)a.GetTagItem("hatchery.runtime") == id).ToList();
        var basename = Assert.Single(mine, a => a.OperationName == "path.basename");
        Assert.Equal("[\"a/b\"]", basename.GetTagItem("hatchery.args"));
        Assert.Equal("\"b\"", basename.GetTagItem("hatchery.result"));
        var call = Assert.Single(mine, a => a.OperationName == "Call.outer");
        // The script's calls are children of the host call that made them.
        Assert.Equal(call.SpanId, basename.ParentSpanId);
        Assert.Null(Activity.Current);
    }
}
