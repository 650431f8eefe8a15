using System.ComponentModel.DataAnnotations;

namespace Mobius.Micro.ObjectStore.Auth;

/// <summary>
/// The first administrator, <c>Auth:BootstrapAdmin</c>: created at start when no user of that name
/// exists (an existing user is left as it is). Leave both empty to create none.
/// </summary>
public sealed class BootstrapAdminOptions : IValidatableObject
{
    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public bool IsConfigured => Username.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsConfigured && Password.Length == 0)
        {
            yield return new ValidationResult("is required when a bootstrap admin username is set", [nameof(Password)]);
        }

        if (!IsConfigured && Password.Length > 0)
        {
            yield return new ValidationResult("is required when a bootstrap admin password is set", [nameof(Username)]);
        }
    }
}
