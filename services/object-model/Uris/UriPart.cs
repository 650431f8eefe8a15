namespace Mobius.Micro.ObjectModel.Uris;

/// <summary>The levels of a MobiusFlow URI, <c>HID/SID/PID/INS/RID</c>, in order.</summary>
public enum UriPart
{
    Hid,
    Sid,
    Pid,
    Ins,
    Rid,
}
