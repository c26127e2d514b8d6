using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.HostModules.Database;

/// <summary>
/// Hatchery's <c>database</c> module: SQL over SQLite (Microsoft.Data.Sqlite) and PostgreSQL (Npgsql), with
/// parameters always bound, values converted without loss, nested transactions and Promise forms that run off the
/// loop thread. <c>database.js</c> holds the API; the C# binding holds each runtime's connections and closes them
/// when the runtime is disposed.
/// </summary>
/// <remarks>
/// Every factory has the module with no default connection: scripts call <c>configure</c> or <c>open</c>. A host
/// gives scripts a default connection by registering its own instance, which replaces the built-in one:
/// <c>options.AddNativeModule(new DatabaseModule("sqlite", "app.db"))</c>. Each runtime still opens its own
/// connection from that configuration, on first use.
/// </remarks>
public sealed class DatabaseModule : ScriptedModule
{
    private readonly (string Driver, string ConnectionString)? _default;

    /// <summary>The module without a default connection.</summary>
    public DatabaseModule()
    {
    }

    /// <summary>The module whose module-level functions use a connection to <paramref name="connectionString"/>.</summary>
    /// <param name="driver"><c>sqlite</c> or <c>postgres</c>.</param>
    /// <param name="connectionString">For SQLite a file name, <c>:memory:</c> or a Microsoft.Data.Sqlite connection string; for PostgreSQL an Npgsql connection string.</param>
    public DatabaseModule(string driver, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (DatabaseDriver.Find(driver) is null) throw new ArgumentException($"Unknown database driver '{driver}': use 'sqlite' or 'postgres'.", nameof(driver));
        _default = (driver, connectionString);
    }

    /// <summary>Whether the host gave this module a default connection.</summary>
    public bool HasHostConnection => _default is not null;

    // Under the untrusted preset scripts may use the host's connection and open no other.
    private bool _hostConnectionOnly;

    /// <summary>A copy whose scripts can use the host's connection only (<c>configure</c> and <c>open</c> of any other are refused).</summary>
    internal DatabaseModule RestrictedToHostConnection() =>
        _default is var (driver, connectionString) ? new DatabaseModule(driver, connectionString) { _hostConnectionOnly = true } : this;

    /// <inheritdoc />
    public override string Name => "database";

    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Hatchery;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Summary => "SQL on SQLite and PostgreSQL: bound parameters, lossless types, nested transactions, Promise forms.";

    /// <inheritdoc />
    public override string Documentation => DatabaseDocumentation.Text;

    /// <inheritdoc />
    protected override string ScriptName => "database.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        _ = new DatabaseBinding(context, binding, _default, _hostConnectionOnly);
}
