using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hatchery.Extensions.Hosting;

/// <summary>Checks <see cref="HatcheryOptions"/>; every failure names the configuration key and the value it had.</summary>
internal sealed class HatcheryOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<HatcheryOptions>
{
    public ValidateOptionsResult Validate(string? name, HatcheryOptions options)
    {
        var failures = new List<string>();
        if (options.Timeout is { } timeout && timeout <= TimeSpan.Zero)
            failures.Add($"{Key(nameof(options.Timeout))} must be a positive time span, such as 00:00:02; it is {timeout}.");
        if (options.MemoryLimitBytes is { } memory && memory <= 0)
            failures.Add($"{Key(nameof(options.MemoryLimitBytes))} must be a positive number of bytes; it is {memory}.");
        if (options.StatementLimit is { } statements && statements <= 0)
            failures.Add($"{Key(nameof(options.StatementLimit))} must be a positive number of statements; it is {statements}.");
        if (options.RecursionLimit is { } depth && depth <= 0)
            failures.Add($"{Key(nameof(options.RecursionLimit))} must be a positive call depth; it is {depth}.");
        if (options.BaseDirectory is { } directory)
        {
            var full = ResolveBaseDirectory(directory, environment);
            if (full is null) failures.Add($"{Key(nameof(options.BaseDirectory))} must be a directory path; it is empty.");
            else if (!Directory.Exists(full)) failures.Add($"{Key(nameof(options.BaseDirectory))} '{directory}' does not exist (resolved to '{full}').");
        }
        if (options.RouteConsoleToLogger && string.IsNullOrWhiteSpace(options.LoggerCategory))
            failures.Add($"{Key(nameof(options.LoggerCategory))} must name a logger category when {Key(nameof(options.RouteConsoleToLogger))} is true.");
        if (!Enum.IsDefined(options.StandardOutputLevel))
            failures.Add($"{Key(nameof(options.StandardOutputLevel))} is not a log level: {(int)options.StandardOutputLevel}.");
        if (!Enum.IsDefined(options.StandardErrorLevel))
            failures.Add($"{Key(nameof(options.StandardErrorLevel))} is not a log level: {(int)options.StandardErrorLevel}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The absolute base directory <paramref name="directory"/> names, or null when it is blank.</summary>
    internal static string? ResolveBaseDirectory(string directory, IHostEnvironment? environment)
    {
        if (string.IsNullOrWhiteSpace(directory)) return null;
        var root = environment?.ContentRootPath is { Length: > 0 } contentRoot ? contentRoot : Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, directory));
    }

    private static string Key(string property) => $"{HatcheryOptions.SectionName}:{property}";
}
