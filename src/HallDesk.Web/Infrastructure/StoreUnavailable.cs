using System.Data.Common;

namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The database cannot be reached or did not answer (stopped, file gone, network down, timeout). The write's
/// transaction never committed, so nothing was stored: screens say so plainly and confirm nothing.
/// </summary>
public static class StoreUnavailable
{
    public const string Message = "系统暂时无法保存数据，本次操作没有生效，请稍后再试；急需办理请到咨询台。";

    public const int RetryAfterSeconds = 10;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db)
            {
                return !IsRuleViolation(db);
            }

            if (e is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A constraint the database enforced (unique, foreign key, check): the store answered, the data was wrong.</summary>
    private static bool IsRuleViolation(DbException db) =>
        db.SqlState is { Length: 5 } state ? state.StartsWith("23", StringComparison.Ordinal)
            : db is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
