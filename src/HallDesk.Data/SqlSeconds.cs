using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace HallDesk.Data;

/// <summary>
/// The seconds between two stored times, computed by the database (the reports' waits and services are summed in SQL).
/// SQLite keeps times as text and counts them in milliseconds (<c>unixepoch(x, 'subsec')</c>); PostgreSQL subtracts
/// its timestamps to the microsecond.
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
            .HasTranslation(args => new SqlFunctionExpression(
                "date_part",
                [new SqlFragmentExpression("'epoch'"), new SqlBinaryExpression(ExpressionType.Subtract, args[1], args[0], typeof(TimeSpan), null)],
                nullable: true,
                argumentsPropagateNullability: [false, true],
                typeof(double),
                new DoubleTypeMapping("double precision")));
}
