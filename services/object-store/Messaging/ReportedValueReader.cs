using Mobius.Micro.Contracts;
using Mobius.Micro.ObjectModel.Resources;
using Mobius.Micro.ObjectModel.Values;
using Mobius.Micro.ObjectModel.Writes;

namespace Mobius.Micro.ObjectStore.Messaging;

/// <summary>Turns a value reported on the bus into a value of its resource, checked as a service write.</summary>
internal static class ReportedValueReader
{
    public static WriteRejection? Read(ResourceDefinition resource, ReportedValue reported, out ResourceValue? value)
    {
        value = null;
        if (resource.Unique)
        {
            return new WriteRejection(ReportRejectionReasons.IdentityNotReportable, $"{resource.Rid} {resource.Name} is set by configuration only");
        }

        return reported switch
        {
            { Number: { } number, Boolean: null, Text: null } => Checked(resource, new NumberValue(number), out value),
            { Number: null, Boolean: { } boolean, Text: null } => Checked(resource, new BoolValue(boolean), out value),
            { Number: null, Boolean: null, Text: { } text } => ResourceWriteValidator.Validate(resource, text, WriteOrigin.Service, out value),
            _ => new WriteRejection(ReportRejectionReasons.NoSingleValue, $"{resource.Rid} {resource.Name}: set exactly one of number, boolean and text"),
        };
    }

    private static WriteRejection? Checked(ResourceDefinition resource, ResourceValue candidate, out ResourceValue? value)
    {
        var rejection = ResourceWriteValidator.Validate(resource, candidate, WriteOrigin.Service);
        value = rejection is null ? candidate : null;
        return rejection;
    }
}
