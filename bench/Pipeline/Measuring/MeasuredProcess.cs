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

    /// <summary>The sum over the group; <see cref="ProcessReading.Zero"/> when none runs.</summary>
    public ProcessReading Read()
    {
        var total = ProcessReading.Zero;
        foreach (var pid in _pids())
        {
            total += ProcessReading.Read(pid) ?? ProcessReading.Zero;
        }

        return total;
    }

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
