using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Hatchery.Cli.Tests;

/// <summary>
/// <c>--call-log</c> on real <c>hatchery</c> processes: the log is complete on every way a run ends, SIGTERM included;
/// and <c>hatchery calllog</c> reading it.
/// </summary>
public sealed class CallLogCommandTests : IDisposable
{
    private readonly CliHarness _files = new();

    public void Dispose() => _files.Dispose();

    private string Db => Path.Combine(_files.WorkingDirectory, "calls.db");

    // Fifty logged basename calls, then the ending under test.
    private const string Calls = "const { basename } = require('path'); for (let i = 0; i < 50; i++) basename('a/b' + i);\n";

    private static ProcessStartInfo StartInfo(string directory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hatchery.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("HATCHERY_CALLLOG_DB");
        start.Environment.Remove("HATCHERY_CALLLOG_DISABLE");
        if (environment is not null) foreach (var (key, value) in environment) start.Environment[key] = value;
        return start;
    }

    private (int ExitCode, string Out, string Error) Hatchery(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(_files.WorkingDirectory, environment, args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "hatchery did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Every call made before the run ended is in the database, with the run's own row and a finished runtimes row.
    private void AssertComplete(int exitCode)
    {
        Assert.Equal(50, Scalar("SELECT count(*) FROM calls WHERE function = 'basename'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM calls WHERE direction = 'host->js'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM runtimes WHERE ended IS NOT NULL"));
        Assert.Equal(exitCode, Scalar("SELECT exit_code FROM runtimes"));
    }

    [Theory]
    [InlineData("normal end", "", 0)]
    [InlineData("uncaught error", "throw new Error('boom');", 1)]
    [InlineData("process.exit", "process.exit(5);", 5)]
    [InlineData("exit code set", "setTimeout(() => { process.exitCode = 4; }, 10);", 4)]
    [InlineData("time limit", "while (true) {}", 124)]
    [InlineData("statement limit", "while (true) {}", 123)]
    public void Every_entry_is_committed_however_the_run_ends(string ending, string tail, int exitCode)
    {
        _files.Write("app.js", Calls + tail);
        // Only the limit cases set one: a loaded machine must not turn a normal end into a timeout.
        string[] limit = exitCode switch { 124 => ["--timeout", "10000"], 123 => ["--max-statements", "100000"], _ => [] };
        var (code, _, error) = Hatchery(null, [.. limit, "--call-log", "calls.db", "app.js"]);
        Assert.True(code == exitCode, $"{ending}: exit code {code}, stderr {error}");
        AssertComplete(exitCode);
    }

    [Fact]
    public void Eval_logs_too_and_the_environment_variable_turns_it_on()
    {
        var (code, output, _) = Hatchery(new Dictionary<string, string> { ["HATCHERY_CALLLOG_DB"] = Db }, "-e", Calls + "console.log('ok')");
        Assert.Equal((0, "ok\n"), (code, output));
        Assert.Equal(50, Scalar("SELECT count(*) FROM calls WHERE function = 'basename'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM calls WHERE module = 'RunEval'"));
    }

    [Fact]
    public void HATCHERY_CALLLOG_DISABLE_wins_over_the_option_and_the_variable()
    {
        _files.Write("app.js", Calls);
        var (code, _, _) = Hatchery(new Dictionary<string, string> { ["HATCHERY_CALLLOG_DB"] = Db, ["HATCHERY_CALLLOG_DISABLE"] = "1" }, "--call-log", "calls.db", "app.js");
        Assert.Equal(0, code);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void An_unwritable_log_path_is_an_error_before_the_script_runs()
    {
        _files.Write("app.js", "console.log('ran')");
        _files.Write("file", "");
        var (code, output, error) = Hatchery(null, "--call-log", "file/calls.db", "app.js");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Call log '", error);
        Assert.Contains("cannot open or create the database file", error);
    }

    [Theory]
    [InlineData("SIGTERM", 143)]
    [InlineData("SIGINT", 130)]
    public async Task A_signal_stops_the_run_and_the_log_is_flushed_before_exit(string signal, int exitCode)
    {
        _files.Write("app.js", Calls + "console.log('ready'); setInterval(() => {}, 1000);");
        using var process = Process.Start(StartInfo(_files.WorkingDirectory, null, "--call-log", "calls.db", "app.js"))!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        Assert.Equal("ready", process.StandardOutput.ReadLine());
        Signal(process, signal);
        if (signal == "SIGINT" && InheritsIgnoredSigint())
        {
            // Started in the background by a shell, this process and so hatchery ignore SIGINT, as node would: it
            // must go on running, and SIGTERM then stops it as usual.
            Assert.False(process.WaitForExit(TimeSpan.FromSeconds(2)), "hatchery stopped on a SIGINT it inherited as ignored");
            Signal(process, "SIGTERM");
            exitCode = 143;
        }
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"hatchery did not stop on {signal}");
        var stderr = await error;
        Assert.True(process.ExitCode == exitCode, $"exit code {process.ExitCode}, stderr {stderr}");
        // The run was cancelled: its runtime records the cancellation's code, and everything before it is there.
        Assert.Equal(50, Scalar("SELECT count(*) FROM calls WHERE function = 'basename'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM runtimes WHERE ended IS NOT NULL"));
        Assert.Equal(130, Scalar("SELECT exit_code FROM runtimes"));
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal[3..], process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    // Whether SIGINT (signal 2) is in this process's ignored set, which children inherit.
    private static bool InheritsIgnoredSigint()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 2) != 0;
    }

    private void Log(string script)
    {
        _files.Write("log.js", script);
        var (code, _, error) = Hatchery(null, "--call-log", "calls.db", "log.js");
        Assert.True(code is 0 or 1, error);
    }

    [Fact]
    public void Stats_summarise_each_function_in_text_and_json()
    {
        Log("const path = require('path'); for (let i = 0; i < 20; i++) path.basename('a/b'); try { path.join(1); } catch {} path.join('x');");
        var text = _files.Run("calllog", "stats", "calls.db");
        Assert.Equal(0, text.ExitCode);
        var lines = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^FUNCTION\s+CALLS\s+ERRORS\s+TOTAL_MS\s+MEAN_US\s+P50_US\s+P95_US\s+MAX_US$", lines[0]);
        Assert.Matches(@"^path\.basename\s+20\s+0\s", lines[1]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^path\.join\s+2\s+1\s"));

        var json = _files.Run("calllog", "stats", "calls.db", "--json");
        using var stats = JsonDocument.Parse(json.Out);
        var basename = stats.RootElement.EnumerateArray().Single(e => e.GetProperty("function").GetString() == "basename");
        Assert.Equal(20, basename.GetProperty("calls").GetInt32());
        Assert.True(basename.GetProperty("p50_us").GetInt64() <= basename.GetProperty("p95_us").GetInt64());
        Assert.True(basename.GetProperty("p95_us").GetInt64() <= basename.GetProperty("max_us").GetInt64());
    }

    [Fact]
    public void Tail_shows_the_latest_calls_filtered_by_runtime_and_errors()
    {
        Log("const path = require('path'); for (let i = 0; i < 20; i++) path.basename('a/b' + i); try { path.join(1); } catch {}");
        var last = _files.Run("calllog", "tail", "calls.db", "-n", "2", "--json");
        var rows = last.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["join", "log.js"], rows.Select(r => r.GetProperty("function").GetString()!).ToArray());
        Assert.Equal("TypeError", rows[0].GetProperty("error_name").GetString());
        Assert.Equal(1, rows[0].GetProperty("args")[0].GetInt32());

        var errors = _files.Run("calllog", "tail", "calls.db", "--errors");
        var line = Assert.Single(errors.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^\S+Z \S+ js->host path\.join\(1\) !! TypeError: The ""path"" argument must be of type string", line);

        var runtime = JsonDocument.Parse(_files.Run("calllog", "runtimes", "calls.db", "--json").Out).RootElement[0].GetProperty("id").GetString()!;
        Assert.Equal(5, _files.Run("calllog", "tail", "calls.db", "-n", "5", "--runtime", runtime).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("", _files.Run("calllog", "tail", "calls.db", "--runtime", "no-such-runtime").Out);
    }

    [Fact]
    public void Tail_follow_prints_calls_as_another_process_writes_them()
    {
        Log("require('os').hostname()");
        using var follower = Process.Start(StartInfo(_files.WorkingDirectory, null, "calllog", "tail", "calls.db", "-n", "0", "--follow", "--json"))!;
        try
        {
            Thread.Sleep(500);
            Log("require('os').tmpdir()");
            var seen = new List<string>();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!seen.Contains("log.js") && DateTime.UtcNow < deadline)
            {
                var line = follower.StandardOutput.ReadLine();
                if (line is null) break;
                seen.Add(JsonDocument.Parse(line).RootElement.GetProperty("function").GetString()!);
            }
            Assert.Equal(["require", "tmpdir", "log.js"], seen);
        }
        finally
        {
            Signal(follower, "SIGTERM");
            Assert.True(follower.WaitForExit(TimeSpan.FromSeconds(30)));
        }
        Assert.Equal(0, follower.ExitCode);
    }

    [Fact]
    public void Runtimes_lists_each_runtime_with_its_end_and_exit_code()
    {
        Log("process.exitCode = 0");
        Log("throw new Error('x')");
        var text = _files.Run("calllog", "runtimes", "calls.db");
        var lines = text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^RUNTIME\s+FACTORY\s+STARTED\s+ENDED\s+EXIT\s+CALLS\s+DROPPED$", lines[0]);
        Assert.Matches(@"\s0\s+1\s+0$", lines[1]);
        Assert.Matches(@"\s1\s+1\s+0$", lines[2]);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("tail")]
    [InlineData("runtimes")]
    public void A_missing_or_foreign_database_is_exit_code_2(string command)
    {
        var missing = _files.Run("calllog", command, "missing.db");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No call log at", missing.Error);
        _files.Write("text.db", "just some text, long enough to not be a database header at all...");
        var corrupt = _files.Run("calllog", command, "text.db");
        Assert.Equal(2, corrupt.ExitCode);
        Assert.Contains("not a SQLite database", corrupt.Error);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_files.WorkingDirectory, "app.db")};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE t (x)";
            create.ExecuteNonQuery();
        }
        var foreign = _files.Run("calllog", command, "app.db");
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("not a Hatchery call log", foreign.Error);
    }
}
