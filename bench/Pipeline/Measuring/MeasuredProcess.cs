namespace Mobius.Micro.Bench.Pipeline.Measuring;

/// <summary>
/// A process (or a group: every PostgreSQL backend) the benchmark watches, found again at every
/// reading: a service by its pid, a shared daemon by its command name (<c>/proc/pid/comm</c>).
/// </summary>
public sealed class MeasuredProcess
{
    private readonly Func<IEnumerable<int>> _pids;

    private MeasuredProcess(string name, bool isShared, Func<IEnumerable<int>> pids)
    {
        Name = name;
        IsShared = isShared;
        _pids = pids;
    }

    public string Name { get; }

    /// <summary>A daemon other users of the machine share: its figures include their load.</summary>
    public bool IsShared { get; }

    public static MeasuredProcess Of(string name, int pid) => new(name, false, () => [pid]);

    public static MeasuredProcess ByCommand(string name, string command) => new(name, true, () => PidsOf(command));

    /// <summary>Each process of the group by pid (none when none runs).</summary>
    public IReadOnlyDictionary<int, ProcessReading> Read()
    {
        var readings = new Dictionary<int, ProcessReading>();
        foreach (var pid in _pids())
        {
            if (ProcessReading.Read(pid) is { } reading)
            {
                readings[pid] = reading;
            }
        }

        return readings;
    }

    /// <summary>The sum over the group.</summary>
    public static ProcessReading Total(IReadOnlyDictionary<int, ProcessReading> readings) =>
        readings.Values.Aggregate(ProcessReading.Zero, (total, reading) => total + reading);

    /// <summary>
    /// CPU time spent between two readings by the processes alive at the second: all of it for one
    /// started in between (a PostgreSQL backend of a connection the pool opened during the stage).
    /// What a process that ended in between spent is not known any more and not counted.
    /// </summary>
    public static TimeSpan CpuBetween(IReadOnlyDictionary<int, ProcessReading> first, IReadOnlyDictionary<int, ProcessReading> last) =>
        last.Aggregate(TimeSpan.Zero, (total, process) =>
            total + process.Value.Cpu - (first.TryGetValue(process.Key, out var before) ? before.Cpu : TimeSpan.Zero));

    private static IEnumerable<int> PidsOf(string command)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ReadComm(directory) == command)
            {
                yield return pid;
            }
        }
    }

    private static string? ReadComm(string directory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(directory, "comm")).TrimEnd('\n');
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
}
