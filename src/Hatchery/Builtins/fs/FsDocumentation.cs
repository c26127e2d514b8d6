namespace Hatchery.Builtins.Fs;

/// <summary>The text <c>hatchery modules fs</c> shows.</summary>
internal static class FsDocumentation
{
    public const string Text = """
        fs — the file system, as Node's fs module (also require('node:fs'); promises in fs/promises)

        Every operation comes in three forms: fooSync(...) returns or throws; foo(..., callback) calls
        callback(err, result) later, on the event loop; fs.promises.foo(...) returns a promise. The callback and
        promise forms do their I/O on a thread-pool thread, so timers and other callbacks keep running, and the
        event loop stays alive until they finish. Relative paths resolve against process.cwd(). A path is a string,
        a Buffer or a file: URL. Failures are Node's errors: code (ENOENT, EEXIST, EISDIR, ENOTDIR, EACCES, ...),
        errno (Linux's negative numbers), syscall, path and dest, message "ENOENT: no such file or directory,
        open 'x'"; a wrong argument throws a TypeError with code ERR_INVALID_ARG_TYPE.

        Whole files
          readFile(path | fd[, options])            options: encoding (default: none, a Buffer), flag ('r')
          writeFile(file | fd, data[, options])     data: string, Buffer, typed array or DataView;
                                                    options: encoding ('utf8'), mode (0o666), flag ('w');
                                                    a new file whose write fails is removed again
          appendFile(file | fd, data[, options])    as writeFile with flag 'a'
          copyFile(src, dest[, mode])               mode: fs.constants.COPYFILE_EXCL fails if dest exists
          cp(src, dest[, options])                  options: recursive (needed for a directory), force (true:
                                                    overwrite), errorOnExist (false); links are copied as links
          rename(oldPath, newPath)   unlink(path)   truncate(path[, len])
        Information
          exists(path, callback) / existsSync(path) callback(boolean), never an error
          access(path[, mode])                      mode: F_OK (default), R_OK, W_OK, X_OK, or-ed together
          stat(path[, options]), lstat(path[, options]), fstat(fd[, options])
                                                    options: bigint (false), throwIfNoEntry (true; stat and
                                                    lstat only: false gives undefined for a missing file).
                                                    Stats: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
                                                    blocks, atime/mtime/ctime/birthtime (Dates) and their ...Ms;
                                                    isFile(), isDirectory(), isSymbolicLink(), isFIFO(),
                                                    isSocket(), isBlockDevice(), isCharacterDevice()
          chmod(path, mode)                         mode: a number or an octal string ('755')
          utimes(path, atime, mtime)                times: seconds, numeric strings or Dates
        Directories
          readdir(path[, options])                  options: encoding ('utf8' or 'buffer'), withFileTypes
                                                    (Dirents: name, parentPath, path, isFile(), isDirectory(),
                                                    isSymbolicLink(), ...), recursive (every entry below, as
                                                    relative paths)
          mkdir(path[, options])                    options: recursive (returns the first directory created),
                                                    mode (0o777); or the mode alone
          mkdtemp(prefix[, options])                creates prefix + six random characters, returns its path
          rmdir(path)                               an empty directory
          rm(path[, options])                       options: recursive (directories), force (no error if missing)
        Links
          symlink(target, path)   readlink(path[, options])   realpath(path[, options])
        File descriptors
          open(path[, flags[, mode]]) -> fd         flags: 'r', 'r+', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax',
                                                    'a+', 'ax+', 'as', 'as+' or a number from fs.constants;
                                                    mode (0o666) for a file it creates
          read(fd, buffer[, offset[, length[, position]]]) or read(fd, buffer, { offset, length, position })
                                                    -> bytesRead; callback(err, bytesRead, buffer). A null position
                                                    reads at the file's position and advances it
          write(fd, buffer[, offset[, length[, position]]]) or write(fd, string[, position[, encoding]])
                                                    -> bytesWritten; callback(err, bytesWritten, buffer). In
                                                    append mode writes go to the end. fd 1 and 2 write to
                                                    process.stdout and process.stderr
          close(fd)   fstat(fd[, options])   ftruncate(fd[, len])   fsync(fd)   fdatasync(fd)
        Streams
          createReadStream(path[, options]) -> ReadStream, a stream.Readable; options: start, end (inclusive),
                                                    highWaterMark (64 KiB), encoding, fd (a number or FileHandle:
                                                    no path is opened), autoClose (true), emitClose (true), flags
                                                    ('r'), mode. bytesRead, path, pending; 'open' (fd), 'ready'
          createWriteStream(path[, options]) -> WriteStream, a stream.Writable; options: flags ('w'), encoding,
                                                    start, fd, autoClose, emitClose, mode. bytesWritten, path,
                                                    pending, close([callback]); 'open' (fd), 'ready'
                                                    Their reads and writes run on the thread pool; a missing file
                                                    is an 'error' (ENOENT, with path) and then 'close'.
        Also
          constants (O_*, S_*, F_OK/R_OK/W_OK/X_OK, COPYFILE_*, UV_*), F_OK, R_OK, W_OK, X_OK, Stats, Dirent,
          ReadStream, WriteStream,
          promises (see `hatchery modules fs/promises`, with FileHandle).

        Confined (EngineOptions.ConfineFileSystem, hatchery run --fs-root DIR): every function above refuses a path
        leading outside the root (.., an absolute path, a symbolic link in any component) with EACCES naming the path.

        Not provided: watch/watchFile, opendir/Dir, link, chown/lchown,
        fchmod/futimes/lutimes, readv/writev, statfs. On Linux the numbers of Stats come from statx(2); elsewhere
        ino, dev, uid, gid and rdev are 0 and nlink 1. openSync of a directory fails with EISDIR (Node opens it).
        """;
}
