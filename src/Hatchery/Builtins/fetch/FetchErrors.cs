using System.Net.Http;
using System.Net.Sockets;
using Jint.Native;

namespace Hatchery.Builtins.Fetch;

/// <summary>A fetch to a host the factory's network list leaves out (<see cref="EngineOptions.RestrictNetwork"/>).</summary>
internal sealed class HostNotAllowedException(Uri uri) : Exception($"fetch to '{uri.Authority}' is not allowed: the host is not on the runtime's network allowlist")
{
    public Uri Uri { get; } = uri;
}

/// <summary>
/// What a transport failure becomes for <c>fetch.js</c>: a description ({ name, message, code, errno, syscall,
/// address, port, hostname }) that the script turns into the <c>cause</c> of <c>TypeError: fetch failed</c>, shaped as
/// Node's (libuv's codes and errnos for socket errors, undici's for protocol ones).
/// </summary>
internal static class FetchErrors
{
    public static JsValue Describe(Engine engine, Exception exception, Uri uri)
    {
        var error = new JsObject(engine);
        void Set(string name, JsValue value) => error.CreateDataProperty(name, value);
        var host = uri.Host.Trim('[', ']');
        switch (exception)
        {
            case HostNotAllowedException denied:
                Set("message", denied.Message);
                Set("code", "ERR_ACCESS_DENIED");
                Set("host", uri.Authority);
                return error;
            case TimeoutException or TaskCanceledException { InnerException: TimeoutException }:
                Set("name", "ConnectTimeoutError");
                Set("message", $"Connect Timeout Error (attempted address: {uri.Authority}, timeout: 10000ms)");
                Set("code", "UND_ERR_CONNECT_TIMEOUT");
                return error;
        }
        if (Find<SocketException>(exception) is { } socket)
        {
            var (code, errno, syscall) = socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => ("ECONNREFUSED", -111, "connect"),
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => ("ENOTFOUND", -3008, "getaddrinfo"),
                SocketError.TimedOut => ("ETIMEDOUT", -110, "connect"),
                SocketError.ConnectionReset => ("ECONNRESET", -104, "read"),
                SocketError.NetworkUnreachable => ("ENETUNREACH", -101, "connect"),
                SocketError.HostUnreachable => ("EHOSTUNREACH", -113, "connect"),
                _ => ("E" + socket.SocketErrorCode.ToString().ToUpperInvariant(), -socket.ErrorCode, "connect"),
            };
            Set("errno", errno);
            Set("code", code);
            Set("syscall", syscall);
            if (syscall == "getaddrinfo")
            {
                Set("message", $"getaddrinfo {code} {host}");
                Set("hostname", host);
            }
            else if (syscall == "read")
            {
                Set("message", $"read {code}");
            }
            else
            {
                Set("message", $"{syscall} {code} {host}:{uri.Port}");
                Set("address", host);
                Set("port", uri.Port);
            }
            return error;
        }
        if (Find<HttpIOException>(exception) is { HttpRequestError: HttpRequestError.ResponseEnded } || Find<IOException>(exception) is not null)
        {
            Set("name", "SocketError");
            Set("message", "other side closed");
            Set("code", "UND_ERR_SOCKET");
            return error;
        }
        Set("message", Find<HttpRequestException>(exception)?.Message ?? exception.Message);
        Set("code", "UND_ERR");
        return error;
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found) return found;
            if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate;
        }
        return null;
    }
}
