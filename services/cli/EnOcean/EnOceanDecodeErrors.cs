using System.Text.Json.Nodes;
using Mobius.Micro.Cli.JsonLines;
using Mobius.Micro.EnOcean;

namespace Mobius.Micro.Cli.EnOcean;

/// <summary>An <c>{"ok":false}</c> line with the library's error code and its text.</summary>
internal static class EnOceanDecodeErrors
{
    public static JsonObject Of(EnOceanErrorCode error) => JsonLinesFilter.Error(error.ToCode(), error.Describe());

    public static JsonObject Of(EnOceanErrorCode error, string detail) => JsonLinesFilter.Error(error.ToCode(), $"{error.Describe()}: {detail}");
}
