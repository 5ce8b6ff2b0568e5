namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Always on a SQLite file, also when HALLDESK_TEST_PROVIDER=PostgreSql runs the suite on PostgreSQL: for the tests
/// that are about the file itself (it disappears; two nodes share it).
/// </summary>
public class SqliteHallDeskFactory : HallDeskFactory
{
    protected override bool OnPostgreSql => false;
}
