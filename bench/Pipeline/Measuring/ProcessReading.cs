using System.Globalization;

namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>One look at a process in /proc: CPU time so far (user + system), resident memory now and at its peak (VmHWM), open handles (/proc/pid/fd).</summary>
public readonly record struct ProcessReading(TimeSpan Cpu, long RssBytes, long PeakRssBytes, int Handles)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessReading Zero { get; } = new(TimeSpan.Zero, 0, 0, 0);

    /// <summary>Reads process <paramref name="pid"/>; null when it is gone.</summary>
    public static ProcessReading? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                rss = line.StartsWith("VmRSS:", StringComparison.Ordinal) ? Kilobytes(line) : rss;
                peak = line.StartsWith("VmHWM:", StringComparison.Ordinal) ? Kilobytes(line) : peak;
            }

            return new ProcessReading(TimeSpan.FromSeconds(ticks / TicksPerSecond), rss, peak, CountHandles(pid));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public static ProcessReading operator +(ProcessReading a, ProcessReading b) =>
        new(a.Cpu + b.Cpu, a.RssBytes + b.RssBytes, a.PeakRssBytes + b.PeakRssBytes, a.Handles + b.Handles);

    /// <summary>Open file descriptors; 0 for a process of another user (its fd folder is not readable).</summary>
    private static int CountHandles(int pid)
    {
        try
        {
            return Directory.GetFiles($"/proc/{pid}/fd").Length;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
