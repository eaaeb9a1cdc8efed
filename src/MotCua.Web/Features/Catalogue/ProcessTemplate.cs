using MotCua.Domain.Dossiers;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Catalogue;

/// <summary>
/// The shape every internal process must have: received and returned at the one-stop, at least one step at the
/// competent unit in between, and allotments that add up to the statutory time exactly.
/// </summary>
public static class ProcessTemplate
{
    /// <summary>Message keys of what is wrong; empty when the template is valid.</summary>
    public static IReadOnlyList<string> Validate(Procedure p, ISet<string> knownAgencyCodes)
    {
        var errors = new List<string>();
        var steps = p.Steps.OrderBy(s => s.Order).ToList();
        if (steps.Count < 3)
        {
            errors.Add("template.tooFewSteps");
            return errors;
        }
        if (steps[0].Unit != StepUnits.Receiving || steps[0].Role != StaffRoles.ReceptionOfficer)
        {
            errors.Add("template.firstStepReception");
        }
        if (steps[^1].Unit != StepUnits.Receiving || steps[^1].Role != StaffRoles.ReceptionOfficer)
        {
            errors.Add("template.lastStepReturn");
        }
        foreach (var middle in steps.Skip(1).SkipLast(1))
        {
            if (middle.Unit != StepUnits.Competent && !knownAgencyCodes.Contains(middle.Unit))
            {
                errors.Add("template.unknownUnit");
            }
            if (middle.Role is not (StaffRoles.Specialist or StaffRoles.UnitLeader))
            {
                errors.Add("template.middleRole");
            }
        }
        if (steps.Any(s => s.Allotment <= 0))
        {
            errors.Add("template.allotmentPositive");
        }
        if (!StepSchedule.SumsToStatutoryTime(p.ProcessingTime, steps.Select(s => s.Allotment)))
        {
            errors.Add("template.allotmentSum");
        }
        return errors;
    }
}
