namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// The app on a fresh PostgreSQL database of its own (see <see cref="PostgresTestDatabase"/>). Without
/// HALLDESK_TEST_POSTGRES it fails at once, so a class using it fails in CI instead of being skipped.
/// </summary>
public sealed class PostgresHallDeskFactory : HallDeskFactory
{
    public PostgresHallDeskFactory() => _ = PostgresTestDatabase.Server;

    protected override bool OnPostgreSql => true;
}
