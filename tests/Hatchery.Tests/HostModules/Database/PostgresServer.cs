using System.Diagnostics;

namespace Hatchery.Tests.HostModules.Database;

/// <summary>
/// The real PostgreSQL server the tests use: the one ./test.sh started (its connection string in
/// HATCHERY_TEST_POSTGRES), or, when the tests run on their own, one this fixture starts with tests/postgres/start.sh
/// and stops when the tests end. When no server can be had the tests fail, saying why; they never skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "HATCHERY_TEST_POSTGRES";

    private readonly string? _state;
    private readonly string? _failure;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(given))
        {
            ConnectionString = given;
            return;
        }
        _state = Path.Combine(Path.GetTempPath(), $"hatchery-pg-{Guid.NewGuid():N}.state");
        var (code, stdout, stderr) = Script("start.sh");
        if (code == 0) ConnectionString = stdout.Trim();
        else _failure = $"PostgreSQL could not be started by tests/postgres/start.sh (exit {code}): {stderr.Trim()}";
    }

    /// <summary>The server's Npgsql connection string; fails the calling test when there is no server.</summary>
    public string ConnectionString
    {
        get => field ?? throw new InvalidOperationException(_failure ?? $"{Variable} is not set and no server was started");
        private set;
    }

    private (int Code, string Stdout, string Stderr) Script(string name)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine(NodeRecording.RepositoryRoot, "tests", "postgres", name)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["HATCHERY_PG_STATE"] = _state;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    public void Dispose()
    {
        if (_state is not null) Script("stop.sh");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
