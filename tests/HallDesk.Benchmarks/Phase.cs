namespace HallDesk.Benchmarks;

/// <summary>Names of the phases, as <c>--only</c> takes them.</summary>
public static class Phase
{
    public const string Calls = "calls";
    public const string Receipts = "receipts";
    public const string Report = "report";
    public const string ManyBoards = "many-boards";
    public const string Clerks = "clerks";
    public const string Clerks50 = "clerks50";
    public const string Storm = "storm";
    public const string Circuits = "circuits";
    public const string Postgres = "postgres";
    public const string TwoNodes = "two-nodes";
    public const string City = "city";
    public const string Screens = "screens";
    public const string JoinFlood = "join-flood";
    public const string BusyDay = "busy-day";
    public const string WholeDay = "whole-day";
    public const string FirstLoad = "first-load";
    public const string Uploads = "uploads";
}
