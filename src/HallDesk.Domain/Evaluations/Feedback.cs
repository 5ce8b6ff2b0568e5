using HallDesk.Domain.Calendar;
using HallDesk.Domain.People;

namespace HallDesk.Domain.Evaluations;

public enum FeedbackStatus
{
    Open = 0,
    Answered = 1,
}

/// <summary>诉求: a request or complaint from phone, web, mobile, self-service or the 办不成事 window, routed and answered in time.</summary>
public sealed class Feedback
{
    public static IReadOnlyList<string> Channels => EvaluationVocabulary.FeedbackChannels;

    public static IReadOnlyList<string> Kinds => EvaluationVocabulary.FeedbackKinds;

    private Feedback()
    {
        Number = HallCode = Channel = Kind = Content = ContactName = ContactPhone = DepartmentCode = CreatedBy = "";
    }

    public long Id { get; private set; }

    public string Number { get; private set; }

    public string HallCode { get; private set; }

    public string Channel { get; private set; }

    public string Kind { get; private set; }

    public string Content { get; private set; }

    public string ContactName { get; private set; }

    public string ContactPhone { get; private set; }

    public string DepartmentCode { get; private set; }

    public DateOnly Deadline { get; private set; }

    public FeedbackStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public static Feedback Record(string number, string hallCode, string channel, string kind, string content, string contactName, string contactPhone,
        string departmentCode, WorkCalendar calendar, DateOnly today, int workingDays, string actor, DateTime now)
    {
        if (!Channels.Contains(channel))
        {
            throw new DomainException("Feedback.ChannelRequired");
        }

        if (!Kinds.Contains(kind))
        {
            throw new DomainException("Feedback.KindRequired");
        }

        if (string.IsNullOrWhiteSpace(content) || content.Trim().Length > 1000)
        {
            throw new DomainException("Feedback.ContentRequired");
        }

        if (string.IsNullOrWhiteSpace(contactName))
        {
            throw new DomainException("Feedback.NameRequired");
        }

        var phone = PhoneNumber.Normalize(contactPhone);
        if (!PhoneNumber.IsValidMobile(phone))
        {
            throw new DomainException("Feedback.PhoneRequired");
        }

        if (string.IsNullOrWhiteSpace(departmentCode))
        {
            throw new DomainException("Feedback.DepartmentRequired");
        }

        return new Feedback
        {
            Number = number,
            HallCode = hallCode,
            Channel = channel,
            Kind = kind,
            Content = content.Trim(),
            ContactName = contactName.Trim(),
            ContactPhone = phone!,
            DepartmentCode = departmentCode,
            Deadline = calendar.AddWorkingDays(today, workingDays),
            CreatedAt = now,
            CreatedBy = actor,
        };
    }

    public void Reply(string answer, string actor, DateTime now)
    {
        if (Status == FeedbackStatus.Answered)
        {
            throw new DomainException("Feedback.AlreadyAnswered");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Trim().Length > 1000)
        {
            throw new DomainException("Feedback.AnswerRequired");
        }

        Answer = answer.Trim();
        AnsweredBy = actor;
        AnsweredAt = now;
        Status = FeedbackStatus.Answered;
    }

    public bool IsOverdue(DateOnly today) => Status == FeedbackStatus.Open && today > Deadline;
}
