using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

public class ApplicantTests
{
    [Fact]
    public void Validate_ValidPerson_IsEmpty()
    {
        Assert.Empty(SampleApplicants.Person().Validate());
    }

    [Fact]
    public void Validate_ValidOrganisation_IsEmpty()
    {
        Assert.Empty(SampleApplicants.Organisation().Validate());
    }

    [Fact]
    public void Validate_PersonWithBadIdNumber_NamesIdNumberWithItsReason()
    {
        var errors = SampleApplicants.Person(idNumber: "110105194912310021").Validate();

        var (field, message) = Assert.Single(errors);
        Assert.Equal("idNumber", field);
        Assert.Equal("IdNumber.Checksum", message.Key);
    }

    [Fact]
    public void Validate_PersonWithCreditCode_NamesIdNumber()
    {
        // The kind decides the check: a valid credit code is no ID number.
        var errors = SampleApplicants.Person(idNumber: "91350100M000100Y43").Validate();

        Assert.Equal(["idNumber"], errors.Keys);
    }

    [Fact]
    public void Validate_OrganisationWithIdNumber_NamesIdNumberWithCreditCodeReason()
    {
        var errors = SampleApplicants.Organisation(creditCode: "11010519491231002X").Validate();

        Assert.Equal(["idNumber"], errors.Keys);
        Assert.StartsWith("CreditCode.", errors["idNumber"].Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_OrganisationWithoutLegalRepresentative_NamesLegalRepresentative(string? legalRepresentative)
    {
        var errors = SampleApplicants.Organisation(legalRepresentative: legalRepresentative).Validate();

        Assert.Equal(["legalRepresentative"], errors.Keys);
    }

    [Fact]
    public void Validate_PersonWithoutLegalRepresentative_IsValid()
    {
        Assert.Empty((SampleApplicants.Person() with { LegalRepresentative = null }).Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1381234567")]
    [InlineData("12812345678")]
    [InlineData("021-12345678")]
    public void Validate_BadMobile_NamesPhone(string phone)
    {
        var errors = SampleApplicants.Person(phone: phone).Validate();

        Assert.Equal(["phone"], errors.Keys);
    }

    [Fact]
    public void Validate_MobileWithSpacesAndDashes_IsValid()
    {
        Assert.Empty(SampleApplicants.Person(phone: "138-1234 5678").Validate());
    }

    [Theory]
    [InlineData(ApplicantKind.Person, "Applicant.NameRequired")]
    [InlineData(ApplicantKind.Organisation, "Applicant.OrganisationNameRequired")]
    public void Validate_BlankName_NamesNameForTheKind(ApplicantKind kind, string expected)
    {
        var applicant = (kind == ApplicantKind.Person ? SampleApplicants.Person() : SampleApplicants.Organisation()) with { Name = " " };

        var (field, message) = Assert.Single(applicant.Validate());

        Assert.Equal("name", field);
        Assert.Equal(expected, message.Key);
    }

    [Fact]
    public void Validate_NameLongerThan64_NamesName()
    {
        var applicant = SampleApplicants.Organisation() with { Name = new string('某', 65) };

        Assert.Equal(["name"], applicant.Validate().Keys);
        Assert.Empty((applicant with { Name = new string('某', 64) }).Validate());
    }

    [Fact]
    public void Validate_SeveralWrongFields_NamesEachOfThem()
    {
        var applicant = new Applicant(ApplicantKind.Organisation, "", "91350100M000100Y44", "123", null, null);

        Assert.Equal(["idNumber", "legalRepresentative", "name", "phone"], applicant.Validate().Keys.Order());
    }

    [Fact]
    public void Normalized_TrimsUppercasesAndStripsPhoneSeparators()
    {
        var applicant = new Applicant(ApplicantKind.Person, " 张三丰 ", " 11010519491231002x ", "138-1234 5678", " 李四 ", "  ");

        var normalized = applicant.Normalized();

        Assert.Equal("张三丰", normalized.Name);
        Assert.Equal("11010519491231002X", normalized.IdNumber);
        Assert.Equal("13812345678", normalized.Phone);
        Assert.Equal("李四", normalized.LegalRepresentative);
        Assert.Null(normalized.AgentName);
    }

    [Fact]
    public void Validate_AgentWithValidIdNumber_IsEmpty()
    {
        var applicant = SampleApplicants.Person() with { AgentName = "王五", AgentIdNumber = SampleApplicants.AgentId };

        Assert.Empty(applicant.Validate());
        Assert.True(applicant.HasAgent);
    }

    [Theory]
    [InlineData(null, "IdNumber.Required")]
    [InlineData("231004199005181234", "IdNumber.Checksum")]
    [InlineData("91350100M000100Y43", "IdNumber.Digits")]
    public void Validate_AgentWithoutAValidIdNumber_NamesTheAgentsIdNumberWithItsReason(string? agentId, string key)
    {
        var applicant = SampleApplicants.Person() with { AgentName = "王五", AgentIdNumber = agentId };

        var (field, message) = Assert.Single(applicant.Validate());

        Assert.Equal(("agentIdNumber", key), (field, message.Key));
    }

    [Fact]
    public void Validate_AgentIdNumberWithoutAName_NamesTheAgent()
    {
        var applicant = SampleApplicants.Person() with { AgentIdNumber = SampleApplicants.AgentId };

        Assert.Equal(["agent"], applicant.Validate().Keys);
    }
}
