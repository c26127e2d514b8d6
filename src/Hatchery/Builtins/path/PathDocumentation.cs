namespace Hatchery.Builtins.Path;

/// <summary>The text <c>hatchery modules path</c> shows.</summary>
internal static class PathDocumentation
{
    public const string Text = """
        path — utilities for working with file and directory paths

        const path = require('path');   // also require('node:path')

        The module itself is the POSIX flavour: '/' separates segments and a path is absolute when it starts
        with '/'. path.posix is the same object (path.posix === path). path.win32 has the same functions for
        Windows paths, where both '\' and '/' separate segments and a root may be a drive ('C:\'), a UNC share
        ('\\server\share\') or a device ('\\.\'); its results use '\'. Every function works on strings only and
        never touches the file system; a non-string argument throws a TypeError with code ERR_INVALID_ARG_TYPE,
        exactly as in Node.

        Properties
          path.sep        the segment separator: '/' (path.win32.sep is '\')
          path.delimiter  the PATH list delimiter: ':' (path.win32.delimiter is ';')
          path.posix      the POSIX functions;  path.win32  the Windows functions

        Functions
          basename(path[, suffix])  the last component, minus suffix if it ends with it
                                    path.basename('/a/b/file.txt', '.txt')          -> 'file'
          dirname(path)             everything before the last component
                                    path.dirname('/a/b/file.txt')                   -> '/a/b'
          extname(path)             the extension of the last component, from its last dot
                                    path.extname('index.coffee.md')                 -> '.md'
          isAbsolute(path)          whether the path starts at a root
                                    path.isAbsolute('/a') -> true;  path.win32.isAbsolute('C:\\a') -> true
          join(...paths)            joins the non-empty arguments with the separator, then normalizes
                                    path.join('/a', 'b', '../c')                    -> '/a/c'
          normalize(path)           resolves '.' and '..' and collapses repeated separators
                                    path.normalize('/a//b/./c/..')                  -> '/a/b'
          resolve(...paths)         an absolute path: the arguments are applied right to left until one is
                                    absolute, then the current directory (process.cwd(), read at call time)
                                    path.resolve('/a', 'b', './c')                  -> '/a/b/c'
          relative(from, to)        the path that leads from 'from' to 'to' (both resolved first)
                                    path.relative('/data/a/b', '/data/c')           -> '../../c'
          parse(path)               splits a path into { root, dir, base, ext, name }
                                    path.parse('/home/u/f.txt') -> { root: '/', dir: '/home/u', base: 'f.txt', ext: '.txt', name: 'f' }
          format(pathObject)        the inverse of parse: dir (or root) joined to base (or name + ext)
                                    path.format({ dir: '/home/u', name: 'f', ext: 'txt' }) -> '/home/u/f.txt'
          toNamespacedPath(path)    POSIX: the path unchanged; win32: the '\\?\' long-path form
                                    path.win32.toNamespacedPath('C:\\a')            -> '\\\\?\\C:\\a'

        Differences from Node
          path.matchesGlob is not provided. path.win32.resolve uses the runtime's current directory for every
          drive; Node on Windows would consult the per-drive '=C:' environment variables.
        """;
}
