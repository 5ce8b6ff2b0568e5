using System.Globalization;
using HallDesk.Domain.Appointments;
using HallDesk.Domain.People;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Appointments;

/// <summary>An appointment as the public sees it: name, ID number and phone always masked.</summary>
public sealed record AppointmentView(
    string Code, string Hall, string Line, string Date, string Slot, string Status, string StatusName, string Name, string IdNumber, string Phone)
{
    public static AppointmentView From(Appointment a) => new(
        a.Code,
        a.HallCode,
        a.LineCode,
        a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.SlotStart.ToString("HH:mm", CultureInfo.InvariantCulture),
        a.Status.ToString(),
        Texts.Label(a.Status),
        PersonalDataMask.Name(a.Name),
        Domain.Applicants.IdNumber.Mask(a.IdNumber),
        PersonalDataMask.Phone(a.Phone));
}

/// <summary>One slot of a day with the places still free.</summary>
public sealed record SlotView(string Start, int Capacity, int Remaining);
