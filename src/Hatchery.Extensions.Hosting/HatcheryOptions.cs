using Microsoft.Extensions.Logging;

namespace Hatchery.Extensions.Hosting;

/// <summary>
/// The settings of the <see cref="EngineFactory"/> that <c>AddHatchery</c> registers, in a form configuration can
/// bind (the section <see cref="SectionName"/>). Values left unset keep <see cref="EngineOptions"/>' defaults. They
/// are validated when the factory is first resolved (and at host start): a bad value is an
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming the setting.
/// </summary>
public sealed class HatcheryOptions
{
    /// <summary>The configuration section <c>AddHatchery(configuration)</c> binds: <c>Hatchery</c>.</summary>
    public const string SectionName = "Hatchery";

    /// <summary>The category of the logger console output goes to when it is routed to logging.</summary>
    public const string DefaultLoggerCategory = "Hatchery.Console";

    /// <summary>
    /// Where scripts resolve from. A relative path is taken against the host's content root
    /// (<see cref="Microsoft.Extensions.Hosting.IHostEnvironment.ContentRootPath"/>), or the current directory
    /// when there is no host environment. It must exist. <c>null</c>: the current directory.
    /// </summary>
    public string? BaseDirectory { get; set; }

    /// <summary>The longest one call into the engine may run (<see cref="EngineOptions.LimitTime"/>); positive, or <c>null</c> for none.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The most live memory, in bytes, each runtime may hold (<see cref="EngineOptions.LimitMemory"/>); positive, or <c>null</c> for none.</summary>
    public long? MemoryLimitBytes { get; set; }

    /// <summary>The most statements one call into the engine may execute (<see cref="EngineOptions.LimitStatements"/>); positive, or <c>null</c> for none.</summary>
    public int? StatementLimit { get; set; }

    /// <summary>The deepest JavaScript call stack allowed (<see cref="EngineOptions.LimitRecursion"/>); positive, or <c>null</c> for Jint's default.</summary>
    public int? RecursionLimit { get; set; }

    /// <summary>
    /// Whether the factory's console output (for runtimes that do not set their own) is written to an
    /// <see cref="ILogger"/> of category <see cref="LoggerCategory"/>, one entry per line, instead of the process's
    /// standard output and error.
    /// </summary>
    public bool RouteConsoleToLogger { get; set; }

    /// <summary>The logger category routed console output is written under; not empty.</summary>
    public string LoggerCategory { get; set; } = DefaultLoggerCategory;

    /// <summary>The level of a routed line of standard output (<c>console.log</c>, <c>console.info</c>): Information.</summary>
    public LogLevel StandardOutputLevel { get; set; } = LogLevel.Information;

    /// <summary>
    /// The level of a routed line of standard error (<c>console.error</c>, <c>console.warn</c>, uncaught errors
    /// printed by <c>RunMain</c>): Error, since the stream cannot tell a warning from an error and uncaught errors are
    /// the ones that must not be missed.
    /// </summary>
    public LogLevel StandardErrorLevel { get; set; } = LogLevel.Error;
}
