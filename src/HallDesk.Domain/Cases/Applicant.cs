using HallDesk.Domain.Applicants;
using HallDesk.Domain.People;

namespace HallDesk.Domain.Cases;

/// <summary>申请人: a person (居民身份证) or an organisation (统一社会信用代码, legal representative, agent).</summary>
public sealed record Applicant(ApplicantKind Kind, string Name, string IdNumber, string Phone, string? LegalRepresentative, string? AgentName)
{
    /// <summary>代理人's 居民身份证号码: an agent is identified like a person applying (check character verified).</summary>
    public string? AgentIdNumber { get; init; }

    /// <summary>An agent applies: the 授权委托书 is a required material.</summary>
    public bool HasAgent => !string.IsNullOrWhiteSpace(AgentName) || !string.IsNullOrWhiteSpace(AgentIdNumber);

    /// <summary>Field → message for every field that is wrong; empty when the applicant is valid.</summary>
    /// <param name="beingRegistered">The case registers the company (企业开办): it may be taken in before it has a credit code.</param>
    public IReadOnlyDictionary<string, DomainMessage> Validate(bool beingRegistered = false)
    {
        var errors = new Dictionary<string, DomainMessage>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 64)
        {
            errors["name"] = new(Kind == ApplicantKind.Person ? "Applicant.NameRequired" : "Applicant.OrganisationNameRequired");
        }

        var idError = Kind == ApplicantKind.Person ? ValidatePersonId(IdNumber)
            : beingRegistered && string.IsNullOrWhiteSpace(IdNumber) ? null
            : CreditCode.Validate(IdNumber);
        if (idError is not null)
        {
            errors["idNumber"] = idError;
        }

        if (!PhoneNumber.IsValidMobile(PhoneNumber.Normalize(Phone)))
        {
            errors["phone"] = new("Applicant.PhoneInvalid");
        }

        if (Kind == ApplicantKind.Organisation && string.IsNullOrWhiteSpace(LegalRepresentative))
        {
            errors["legalRepresentative"] = new("Applicant.RepresentativeRequired");
        }

        if (HasAgent)
        {
            if (string.IsNullOrWhiteSpace(AgentName) || AgentName.Trim().Length > 32)
            {
                errors["agent"] = new("Applicant.AgentNameRequired");
            }

            if (ValidatePersonId(AgentIdNumber ?? "") is { } agentIdError)
            {
                errors["agentIdNumber"] = agentIdError;
            }
        }

        return errors;
    }

    public Applicant Normalized() => this with
    {
        Name = Name.Trim(),
        IdNumber = IdNumber.Trim().ToUpperInvariant(),
        Phone = PhoneNumber.Normalize(Phone) ?? "",
        LegalRepresentative = LegalRepresentative?.Trim(),
        AgentName = string.IsNullOrWhiteSpace(AgentName) ? null : AgentName.Trim(),
        AgentIdNumber = string.IsNullOrWhiteSpace(AgentIdNumber) ? null : AgentIdNumber.Trim().ToUpperInvariant(),
    };

    private static DomainMessage? ValidatePersonId(string id) => Applicants.IdNumber.Validate(id);
}
