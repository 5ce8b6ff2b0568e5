using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HallDesk.Data;

/// <summary>
/// The PostgreSQL model is the SQLite model with one change: every <see cref="DateTime"/> is a
/// <c>timestamp without time zone</c> holding the UTC wall-clock time, written whatever its Kind and read
/// back as Kind=Unspecified, exactly as SQLite stores and returns it. Npgsql's default
/// (<c>timestamp with time zone</c>) would refuse any DateTime that is not Kind=Utc, and values read back from
/// the database or built from a DateOnly are not; the same code would then fail on PostgreSQL only, at run time.
/// </summary>
public sealed class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : ModelCustomizer(dependencies)
{
    public const string TimestampType = "timestamp without time zone";

    private static readonly ValueConverter<DateTime, DateTime> AsStored =
        new(v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => v);

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        SqlSeconds.MapForPostgreSql(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
            {
                property.SetColumnType(TimestampType);
                property.SetValueConverter(AsStored);
            }
        }
    }
}
