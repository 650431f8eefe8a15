using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Mobius.Micro.ServiceDefaults.Configuration;

/// <summary>
/// Data-annotation validation whose failures name the configuration key an operator has to fix
/// (<c>RabbitMq:Host: The Host field is required.</c>), including nested option objects.
/// </summary>
internal sealed class SectionDataAnnotationsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object instance, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.DefaultIfEmpty("").Select(member => member.Length == 0 ? path : $"{path}:{member}");
            failures.AddRange(members.Select(key => $"{key}: {result.ErrorMessage}"));
        }

        foreach (var property in instance.GetType().GetProperties())
        {
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string)
                && property.PropertyType.Namespace?.StartsWith("Mobius.Micro", StringComparison.Ordinal) == true
                && property.GetValue(instance) is { } nested)
            {
                Collect(nested, $"{path}:{property.Name}", failures);
            }
        }
    }
}
