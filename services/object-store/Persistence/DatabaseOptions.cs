using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Persistence;

/// <summary>Where the object store keeps its data: <c>ConnectionStrings:Postgres</c> (<c>ConnectionStrings__Postgres</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(ErrorMessage = "a PostgreSQL connection string is required")]
    public string Postgres { get; set; } = "";
}
