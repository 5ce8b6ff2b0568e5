namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// What an SMS is for. Each kind can be switched off (<c>Sms:Kinds:&lt;Kind&gt;</c>); reminders and notices wait out the
/// quiet hours, while a code (asked for this minute) and a queue message (the citizen is in the hall now) go at once.
/// </summary>
public sealed record SmsKind(string Name, bool WaitsOutQuietHours)
{
    /// <summary>验证码 for an online booking.</summary>
    public static readonly SmsKind VerificationCode = new(nameof(VerificationCode), false);

    /// <summary>取号成功: number, people ahead, the personal live page.</summary>
    public static readonly SmsKind TicketIssued = new(nameof(TicketIssued), false);

    /// <summary>即将叫到您: three people ahead.</summary>
    public static readonly SmsKind TicketNear = new(nameof(TicketNear), false);

    /// <summary>The day before and an hour before an appointment.</summary>
    public static readonly SmsKind AppointmentReminder = new(nameof(AppointmentReminder), true);

    /// <summary>受理: case number, promised date, progress link.</summary>
    public static readonly SmsKind CaseAccepted = new(nameof(CaseAccepted), true);

    /// <summary>补正: materials to bring.</summary>
    public static readonly SmsKind CaseCorrection = new(nameof(CaseCorrection), true);

    /// <summary>办结: the decision is made.</summary>
    public static readonly SmsKind CaseConcluded = new(nameof(CaseConcluded), true);

    /// <summary>出件: ready for collection, or mailed with its tracking number.</summary>
    public static readonly SmsKind CaseDelivered = new(nameof(CaseDelivered), true);

    public static readonly IReadOnlyList<SmsKind> All =
        [VerificationCode, TicketIssued, TicketNear, AppointmentReminder, CaseAccepted, CaseCorrection, CaseConcluded, CaseDelivered];

    public override string ToString() => Name;
}
