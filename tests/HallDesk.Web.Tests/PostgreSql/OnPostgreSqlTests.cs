using HallDesk.Web.Tests.Database;
using HallDesk.Web.Tests.Features.Admin.Staff;
using HallDesk.Web.Tests.Features.Appointments;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Features.Intake;
using HallDesk.Web.Tests.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.PostgreSql;

// The tests of the queue (numbering, concurrent calls, counter actions, the hub, the ticket slip), intake,
// appointments and the audit log's trigger once more, each class on a fresh PostgreSQL database of its own: the
// same bodies, another provider. They need HALLDESK_TEST_POSTGRES (`source .ci/services.sh`) and fail without it;
// locally they can be left out with dotnet test --filter "Database!=PostgreSql". One file: the subset reads as one list.

[Trait("Database", "PostgreSql")]
public sealed class TicketNumberingOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : TicketNumberingTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class ConcurrentCallNextOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : ConcurrentCallNextTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class CounterActionsOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : CounterActionsTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class TicketsApiOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : TicketsApiTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class QueueHubOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : QueueHubTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class IntakeAndReviewOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : IntakeAndReviewTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class AppointmentsApiOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : AppointmentsApiTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class CheckInOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : CheckInTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class TicketSlipOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : TicketSlipTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class AuditLogAppendOnlyOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : AuditLogAppendOnlyTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class CityWideHandlingOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : CityWideHandlingTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class StaffAccountWriteOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : StaffAccountWriteTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class MaterialTransferFlowOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : Features.Review.MaterialTransferFlowTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class ReportInSqlOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : Features.Reports.ReportInSqlTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class BoardSnapshotsInAppOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : Features.Live.BoardSnapshotsInAppTests(factory), IClassFixture<PostgresHallDeskFactory>;

[Trait("Database", "PostgreSql")]
public sealed class ReportPercentileOnPostgreSqlTests(PostgresHallDeskFactory factory)
    : Features.Reports.ReportPercentileTests(factory), IClassFixture<PostgresHallDeskFactory>;
