using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Intake;

/// <summary>The applicant fields as the clerk types them; errors show only on fields already touched.</summary>
public sealed class ApplicantModel
{
    public ApplicantKind Kind { get; set; }

    public string Name { get; set; } = "";

    public string IdNumber { get; set; } = "";

    public string Phone { get; set; } = "";

    public string LegalRepresentative { get; set; } = "";

    public string AgentName { get; set; } = "";

    public string AgentIdNumber { get; set; } = "";

    public HashSet<string> Touched { get; } = [];

    public Applicant ToApplicant() =>
        new(Kind, Name, IdNumber, Phone, Kind == ApplicantKind.Organisation ? LegalRepresentative : null, AgentName) { AgentIdNumber = AgentIdNumber };

    public void TouchAll() => Touched.UnionWith(["name", "idNumber", "phone", "legalRepresentative", "agent", "agentIdNumber"]);

    public void Clear()
    {
        Kind = ApplicantKind.Person;
        Name = IdNumber = Phone = LegalRepresentative = AgentName = AgentIdNumber = "";
        Touched.Clear();
    }
}
