using System.Net;
using System.Net.Sockets;

namespace Mobius.Micro.Testing;

/// <summary>TCP ports on 127.0.0.1 for servers a test starts itself.</summary>
public static class LoopbackPorts
{
    /// <summary>A port nothing listens on right now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
