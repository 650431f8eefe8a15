namespace Mobius.Micro.ConnectorProtocol;

/// <summary>The radio module a telegram belongs to: the <c>mod</c> claim.</summary>
public enum RadioModule
{
    /// <summary><c>enocean</c>: <c>data</c> is one complete ESP3 packet.</summary>
    EnOcean,

    /// <summary><c>workocc</c>: <c>data</c> is one WorkOcc frame.</summary>
    WorkOcc,
}
