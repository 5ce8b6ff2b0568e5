using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace HallDesk.Data;

/// <summary>
/// The seconds between two stored times, computed by the database (the reports' waits and services are summed in SQL).
/// SQLite keeps times as text and counts them in milliseconds (<c>unixepoch(x, 'subsec')</c>); PostgreSQL counts
/// its timestamps to the microsecond (<c>date_part('epoch', x)</c>).
/// </summary>
public static class SqlSeconds
{
    /// <summary>Only inside a query: the database answers it.</summary>
    public static double? Between(DateTime? from, DateTime? to) =>
        throw new InvalidOperationException($"{nameof(SqlSeconds)}.{nameof(Between)} runs in the database only.");

    internal static void MapForSqlite(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(SqlSeconds).GetMethod(nameof(Between))!)
            .HasTranslation(args =>
            {
                var real = new DoubleTypeMapping("REAL");
                SqlExpression Epoch(SqlExpression time) => new SqlFunctionExpression(
                    "unixepoch", [time, new SqlFragmentExpression("'subsec'")], nullable: true, argumentsPropagateNullability: [true, false], typeof(double), real);
                return new SqlBinaryExpression(ExpressionType.Subtract, Epoch(args[1]), Epoch(args[0]), typeof(double), real);
            });

    internal static void MapForPostgreSql(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(SqlSeconds).GetMethod(nameof(Between))!)
            .HasTranslation(args =>
            {
                // Seconds since 1970 of each time (a double holds them to well under a microsecond), then their difference.
                var real = new DoubleTypeMapping("double precision");
                SqlExpression Epoch(SqlExpression time) => new SqlFunctionExpression(
                    "date_part", [new SqlFragmentExpression("'epoch'"), time], nullable: true, argumentsPropagateNullability: [false, true], typeof(double), real);
                return new SqlBinaryExpression(ExpressionType.Subtract, Epoch(args[1]), Epoch(args[0]), typeof(double), real);
            });
}
