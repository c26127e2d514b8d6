using System.CommandLine;
using Hatchery.Perf.Dashboard;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Commands;

/// <summary><c>hatchery-perf serve</c>: the local dashboard.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port)", DefaultValueFactory = _ => 5080 };
        var directory = new Option<string>("--dir") { Description = "The runs directory: every folder below it with report.yaml or profiles.yaml is a run", DefaultValueFactory = _ => "." };
        var repository = new Option<string?>("--repo") { Description = "The repository quick runs measure (default: the one around the current directory)" };
        var job = new Option<BenchmarkJob>("--quick-job") { Description = "The job of a quick run", DefaultValueFactory = _ => BenchmarkJob.Quick };
        var filter = new Option<string>("--quick-filter") { Description = "The quick run's default filter", DefaultValueFactory = _ => "*RuntimeSpawnBenchmark*" };
        var command = new Command("serve",
            "A local dashboard on http://127.0.0.1:PORT: the runs in DIR; per run a card per benchmark (median in ns/µs/ms,\n"
            + "ops/s, bytes/op, a bar against its suite and 'fastest' or 'N× slower'); any two runs compared with their\n"
            + "significance marks; flame graphs (zoom, search) and top-N profiles inline; and a button that starts a quick\n"
            + "run into DIR and streams its progress (server-sent events) until the new report appears. Only files inside\n"
            + "DIR are served. Ctrl-C stops the server and a run in progress, its child processes included.")
        {
            port, directory, repository, job, filter,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var root = RunCommand.RepositoryRoot(result.GetValue(repository) is { } given ? Path.GetFullPath(given) : Environment.CurrentDirectory);
            var options = new DashboardOptions(Path.GetFullPath(result.GetValue(directory)!), result.GetValue(port), root, result.GetValue(job), result.GetValue(filter)!);
            await using var server = await DashboardServer.StartAsync(options, cancellation);
            output.WriteLine($"hatchery-perf dashboard on {server.Url} (runs in {options.RunsDirectory}); Ctrl-C stops it");
            output.Flush();
            try
            {
                await server.WaitForShutdownAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C through the command line's own handler: stop below
            }
            output.WriteLine("stopped");
            return 0;
        });
        return command;
    }
}
