using System.Globalization;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Hatchery.Builtins.Os;

/// <summary>What the <c>os</c> module reports about the machine, read from <c>/proc</c> and .NET where Linux has it.</summary>
internal static class SystemInfo
{
    // os.arch() and os.platform() are process.arch and process.platform in Node: one definition serves both.
    public static string Arch => Process.ProcessInfo.Arch;

    public static string Machine => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.X86 => "i686",
        Architecture.Arm64 => "aarch64",
        Architecture.Arm => "armv7l",
        var other => other.ToString().ToLowerInvariant(),
    };

    public static string Platform => Process.ProcessInfo.Platform;

    public static string Type =>
        OperatingSystem.IsWindows() ? "Windows_NT" : OperatingSystem.IsMacOS() ? "Darwin" : OperatingSystem.IsFreeBSD() ? "FreeBSD" : "Linux";

    public static string Release => ReadLine("/proc/sys/kernel/osrelease") ?? Environment.OSVersion.Version.ToString();

    public static string Version => ReadLine("/proc/sys/kernel/version") ?? Environment.OSVersion.VersionString;

    public static string Hostname => ReadLine("/proc/sys/kernel/hostname") ?? Environment.MachineName;

    public static string HomeDirectory => Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home
        ? home
        : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public static string TempDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("TMPDIR") ?? Environment.GetEnvironmentVariable("TMP")
                      ?? Environment.GetEnvironmentVariable("TEMP") ?? "/tmp";
            // Node drops one trailing slash, except from the root itself.
            return dir.Length > 1 && dir.EndsWith('/') ? dir[..^1] : dir;
        }
    }

    public static double Uptime => ReadLine("/proc/uptime") is { } line
        ? double.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture)
        : Environment.TickCount64 / 1000.0;

    public static double[] LoadAverage
    {
        get
        {
            var parts = ReadLine("/proc/loadavg")?.Split(' ');
            if (parts is null || parts.Length < 3) return [0, 0, 0];
            return [Parse(parts[0]), Parse(parts[1]), Parse(parts[2])];
        }
    }

    public static double TotalMemory => MemInfo("MemTotal:") ?? (double)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    public static double FreeMemory => MemInfo("MemAvailable:") ?? MemInfo("MemFree:") ?? 0;

    /// <summary>One CPU as Node describes it; times are milliseconds spent in each mode.</summary>
    public sealed record Cpu(string Model, double Speed, double User, double Nice, double Sys, double Idle, double Irq);

    /// <summary>One address of a network interface, in Node's terms.</summary>
    public sealed record InterfaceAddress(string Address, string Netmask, string Family, string Mac, bool Internal, string Cidr, long? ScopeId);

    /// <summary>The user running the process.</summary>
    public sealed record User(long Uid, long Gid, string Username, string Homedir, string? Shell);

    /// <summary>The CPUs, from <c>/proc/cpuinfo</c> and <c>/proc/stat</c>.</summary>
    public static List<Cpu> Cpus()
    {
        var models = new List<(string Model, double Speed)>();
        foreach (var line in ReadLines("/proc/cpuinfo"))
        {
            if (line.StartsWith("model name", StringComparison.Ordinal)) models.Add((After(line), 0));
            else if (line.StartsWith("cpu MHz", StringComparison.Ordinal) && models.Count > 0)
                models[^1] = (models[^1].Model, Math.Floor(Parse(After(line))));
        }
        var times = new List<double[]>();
        foreach (var line in ReadLines("/proc/stat"))
        {
            if (!line.StartsWith("cpu", StringComparison.Ordinal) || line.StartsWith("cpu ", StringComparison.Ordinal)) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // /proc/stat counts clock ticks of 10 ms; Node reports milliseconds.
            times.Add([Parse(fields[1]) * 10, Parse(fields[2]) * 10, Parse(fields[3]) * 10, Parse(fields[4]) * 10, Parse(fields[6]) * 10]);
        }
        var count = Math.Max(times.Count, models.Count);
        if (count == 0) count = Environment.ProcessorCount;
        var cpus = new List<Cpu>();
        for (var i = 0; i < count; i++)
        {
            var (model, speed) = i < models.Count ? models[i] : ("unknown", 0);
            var t = i < times.Count ? times[i] : [0, 0, 0, 0, 0];
            cpus.Add(new Cpu(model, speed, t[0], t[1], t[2], t[3], t[4]));
        }
        return cpus;
    }

    /// <summary>The user, from <c>/proc/self/status</c> and <c>/etc/passwd</c>.</summary>
    public static User CurrentUser()
    {
        var uid = StatusId("Uid:");
        var gid = StatusId("Gid:");
        string username = Environment.UserName, homedir = HomeDirectory;
        string? shell = null;
        foreach (var line in ReadLines("/etc/passwd"))
        {
            var fields = line.Split(':');
            if (fields.Length < 7 || fields[2] != uid.ToString(CultureInfo.InvariantCulture)) continue;
            (username, homedir, shell) = (fields[0], fields[5], fields[6]);
            break;
        }
        return new User(uid, gid, username, homedir, shell);
    }

    /// <summary>The network interfaces that are up, each with its addresses (IPv4 first, as Node lists them).</summary>
    public static List<(string Name, List<InterfaceAddress> Addresses)> NetworkInterfaces()
    {
        var result = new List<(string Name, List<InterfaceAddress> Addresses)>();
        NetworkInterface[] interfaces;
        try
        {
            interfaces = NetworkInterface.GetAllNetworkInterfaces();
        }
        catch (NetworkInformationException)
        {
            return result;
        }
        foreach (var nic in interfaces)
        {
            if (nic.OperationalStatus == OperationalStatus.Down) continue;
            var bytes = nic.GetPhysicalAddress().GetAddressBytes();
            var mac = bytes.Length == 6 ? string.Join(':', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))) : "00:00:00:00:00:00";
            var isInternal = nic.NetworkInterfaceType == NetworkInterfaceType.Loopback;
            var list = new List<InterfaceAddress>();
            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                var address = unicast.Address;
                var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
                var prefix = unicast.PrefixLength;
                var text = v6 ? address.ToString().Split('%')[0] : address.ToString();
                list.Add(new InterfaceAddress(text, Netmask(prefix, v6), v6 ? "IPv6" : "IPv4", mac, isInternal, $"{text}/{prefix}", v6 ? address.ScopeId : null));
            }
            if (list.Count > 0) result.Add((nic.Name, list.OrderBy(e => e.Family == "IPv6").ToList()));
        }
        return result;
    }

    private static string Netmask(int prefix, bool v6)
    {
        var bits = v6 ? 128 : 32;
        var bytes = new byte[bits / 8];
        for (var i = 0; i < prefix && i < bits; i++) bytes[i / 8] |= (byte)(0x80 >> (i % 8));
        if (!v6) return string.Join('.', bytes);
        return new System.Net.IPAddress(bytes).ToString();
    }

    private static long StatusId(string field)
    {
        foreach (var line in ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split('\t', ' ')[0], CultureInfo.InvariantCulture);
        }
        return -1;
    }

    private static double? MemInfo(string field)
    {
        foreach (var line in ReadLines("/proc/meminfo"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
                return Parse(line[field.Length..].Trim().Split(' ')[0]) * 1024;
        }
        return null;
    }

    private static string After(string line) => line[(line.IndexOf(':') + 1)..].Trim();

    private static double Parse(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? ReadLine(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> ReadLines(string path) =>
        ReadLine(path)?.Split('\n') ?? [];
}
