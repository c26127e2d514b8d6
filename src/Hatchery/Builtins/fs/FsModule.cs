using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// Node's <c>fs</c> module: <c>fs.js</c> holds the API (argument checks, options, the Sync, callback and promise
/// forms, <c>Stats</c> and <c>Dirent</c>; the streams in <c>internal.fs.streams.js</c>); the C# binding does the
/// file-system work, off the loop for the callback and promise forms, and closes the files a script left open when
/// the runtime is disposed.
/// </summary>
public sealed class FsModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "fs";

    /// <inheritdoc />
    public override string Summary => "The file system: read, write, stat, directories, links, descriptors, streams; Sync, callback and promise forms.";

    /// <inheritdoc />
    public override string Documentation => FsDocumentation.Text;

    /// <inheritdoc />
    protected override string ScriptName => "fs.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var fs = new FsBinding(context.Runtime, binding, context.Runtime.Factory.Settings.FileSystemConfinement);
        context.OnDispose(fs.Descriptors.CloseAll);
        FsFileOperations.Add(fs);
        FsDescriptorOperations.Add(fs);
        FsDirectoryOperations.Add(fs);
        FsStatusOperations.Add(fs);
        FsLinkOperations.Add(fs);
        FsCopyOperation.Add(fs);
    }
}

/// <summary>Node's <c>fs/promises</c>: the object <c>require('fs').promises</c> returns.</summary>
public sealed class FsPromisesModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "fs/promises";

    /// <inheritdoc />
    public override string Summary => "The promise API of fs, and FileHandle.";

    /// <inheritdoc />
    public override string Documentation => """
        fs/promises — the same object as require('fs').promises; see `hatchery modules fs`.
          readFile, writeFile, appendFile, access, stat, lstat, readdir, mkdir, rmdir, rm, rename, copyFile, cp,
          unlink, symlink, readlink, realpath, mkdtemp, chmod, utimes, truncate: as their callback forms in fs,
          resolving to what the callback would receive.
          open(path[, flags[, mode]]) -> FileHandle: fd, read(buffer[, offset[, length[, position]]]) or
          read({ buffer, offset, length, position }) -> { bytesRead, buffer }, write(buffer[, offset[, length[,
          position]]]) or write(string[, position[, encoding]]) -> { bytesWritten, buffer }, readFile([options]),
          writeFile(data[, options]), appendFile(data[, options]), stat([options]), truncate([len]), sync(),
          datasync(), createReadStream([options]), createWriteStream([options]) (as fs's, on this handle's fd,
          closing the handle when they close), close().
          constants: as fs.constants.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "fs.promises.js";
}
