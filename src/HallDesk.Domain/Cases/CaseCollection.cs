namespace HallDesk.Domain.Cases;

/// <summary>出件: who collected the result at the window, checked against the applicant and agent of the case.</summary>
public sealed partial class Case
{
    /// <summary>Who collected at the window; <see cref="CollectorKind.None"/> when mailed or not yet delivered.</summary>
    public CollectorKind CollectedBy { get; private set; }

    /// <summary>签收人 (the applicant, the agent) or 代收人 by name.</summary>
    public string? CollectorName { get; private set; }

    /// <summary>The 代收人's relation to the applicant (配偶、同事…).</summary>
    public string? CollectorRelation { get; private set; }

    /// <summary>
    /// The collector with the name the case knows; throws when the document shown is not the applicant's (or, for the
    /// agent, the agent's own). An organisation registered by the case shows its new 营业执照.
    /// </summary>
    private Collector CheckCollector(Collector collector)
    {
        var who = collector.Normalized();
        if (!Collector.IsLast4(who.IdLast4))
        {
            throw new DomainException("Case.CollectorIdLast4Invalid");
        }

        switch (who.Kind)
        {
            case CollectorKind.Applicant:
                EnsureLast4(ApplicantDocument, who.IdLast4, "Case.CollectorNotApplicant");
                return who with { Name = ApplicantKind == ApplicantKind.Organisation ? LegalRepresentative ?? ApplicantName : ApplicantName, Relation = null };
            case CollectorKind.Agent:
                if (AgentIdNumber is null || AgentName is null)
                {
                    throw new DomainException("Case.NoAgentOnCase");
                }

                EnsureLast4(AgentIdNumber, who.IdLast4, "Case.CollectorNotAgent");
                return who with { Name = AgentName, Relation = null };
            case CollectorKind.Proxy:
                if (who.Name is null || who.Name.Length > 32)
                {
                    throw new DomainException("Case.CollectorNameRequired");
                }

                if (who.Relation is null || who.Relation.Length > 16)
                {
                    throw new DomainException("Case.CollectorRelationRequired");
                }

                EnsureLast4(ApplicantDocument, who.IdLast4, "Case.ProxyWithoutApplicantDocument");
                return who;
            default:
                throw new DomainException("Case.CollectorRequired");
        }
    }

    private string ApplicantDocument =>
        ApplicantIdNumber is { Length: > 0 } id ? id : Items.Select(i => i.YieldedNumber).FirstOrDefault(n => n is { Length: > 0 }) ?? "";

    private static void EnsureLast4(string document, string last4, string key)
    {
        if (document.Length < 4 || !document[^4..].Equals(last4, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(key);
        }
    }
}
