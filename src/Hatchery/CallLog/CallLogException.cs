namespace Hatchery.CallLog;

/// <summary>
/// A call log cannot be used: its file cannot be created or written, is not a SQLite database (corrupted, or another
/// kind of file), is a database that is not a call log, or was written by a newer Hatchery. Thrown where the log is
/// opened (when the factory or runtime is created), and by <see cref="JsRuntime.Dispose"/> when the writer failed later.
/// </summary>
public sealed class CallLogException : Exception
{
    /// <summary>An error about the call log at <paramref name="path"/>.</summary>
    public CallLogException(string path, string message, Exception? inner = null) : base($"Call log '{path}': {message}", inner) => Path = path;

    /// <summary>The database file.</summary>
    public string Path { get; }
}
