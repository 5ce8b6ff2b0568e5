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
    public static readonly IReadOnlyList<string> Channels = ["电话", "网站", "移动端", "自助终端", "办不成事窗口"];
    public static readonly IReadOnlyList<string> Kinds = ["咨询", "投诉", "建议", "求助", "办不成事"];

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
            throw new DomainException("请选择诉求来源渠道。");
        }

        if (!Kinds.Contains(kind))
        {
            throw new DomainException("请选择诉求类型。");
        }

        if (string.IsNullOrWhiteSpace(content) || content.Trim().Length > 1000)
        {
            throw new DomainException("请填写诉求内容（不超过 1000 字）。");
        }

        if (string.IsNullOrWhiteSpace(contactName))
        {
            throw new DomainException("请填写诉求人姓名。");
        }

        var phone = PhoneNumber.Normalize(contactPhone);
        if (!PhoneNumber.IsValidMobile(phone))
        {
            throw new DomainException("请填写诉求人的 11 位手机号码，以便答复和查询。");
        }

        if (string.IsNullOrWhiteSpace(departmentCode))
        {
            throw new DomainException("请选择承办部门。");
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
            throw new DomainException("该诉求已经答复。");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Trim().Length > 1000)
        {
            throw new DomainException("请填写答复内容（不超过 1000 字）。");
        }

        Answer = answer.Trim();
        AnsweredBy = actor;
        AnsweredAt = now;
        Status = FeedbackStatus.Answered;
    }

    public bool IsOverdue(DateOnly today) => Status == FeedbackStatus.Open && today > Deadline;
}
