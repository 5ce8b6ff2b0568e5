namespace HallDesk.Data;

public static class DataServices
{
    public static WebApplicationBuilder AddHallDeskData(this WebApplicationBuilder builder)
    {
        switch (DatabaseProviders.FromConfiguration(builder.Configuration))
        {
            case DatabaseProvider.PostgreSql:
                PostgreSqlDatabase.Add(builder);
                break;
            default:
                SqliteDatabase.Add(builder);
                break;
        }

        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<SecretLimit>();
        builder.Services.AddSingleton<NeedToKnow>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddDbContextCheck<HallDeskDbContext>("database");
        return builder;
    }
}
