using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Commands;

/// <summary>Commands, section <c>Commands</c>.</summary>
public sealed class CommandOptions
{
    public const string Section = "Commands";

    /// <summary>How long <c>ENOCEAN_RADIO_TX</c> waits for the gateway's outcome before answering 504.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "must be 1 s .. 2 min")]
    public TimeSpan DownlinkTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest ESP3 packet a client may send, in bytes.</summary>
    [Range(4, 65_535)]
    public int MaxDownlinkBytes { get; set; } = 1024;
}
