using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>The answer of a guarded look-up: the value when the answer was right, or when to try again.</summary>
public readonly record struct Guarded<T>(T? Value, TimeSpan? RetryAfter)
    where T : class
{
    public bool Blocked => RetryAfter is not null;
}

/// <summary>
/// At most <see cref="MaxWrong"/> wrong answers per secret (a case or request number) per <see cref="Window"/>, whoever
/// asks and from wherever; then the number answers "try later" even to the right digits. The wrong answers are rows in
/// the database, so every node and every door (page, API) counts the same. A number that does not exist is counted like
/// one that does, so the answers tell nothing about which numbers exist.
/// </summary>
public sealed class SecretLimit(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public const int MaxWrong = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>
    /// Runs <paramref name="lookUp"/> (null means a wrong number or wrong digits) unless the secret is blocked, and counts a miss.
    /// One secret's checks take turns (its own lock), so parallel guesses cannot slip past the count.
    /// </summary>
    public async Task<Guarded<T>> CheckAsync<T>(string kind, string key, Func<CancellationToken, Task<T?>> lookUp, CancellationToken ct = default)
        where T : class
    {
        var secret = $"{kind}:{key}";
        if (secret.Length > 80)
        {
            // Longer than any real number: nothing to find and nothing worth storing.
            return new Guarded<T>(null, null);
        }

        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, secret, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var misses = await write.Db.SecretAttempts.AsNoTracking()
            .Where(a => a.Secret == secret && a.At > since)
            .OrderBy(a => a.At)
            .Select(a => a.At)
            .ToListAsync(ct);
        if (misses.Count >= MaxWrong)
        {
            var retry = misses[^MaxWrong] + Window - now;
            return new Guarded<T>(null, retry > TimeSpan.Zero ? retry : TimeSpan.FromSeconds(1));
        }

        var found = await lookUp(ct);
        if (found is not null)
        {
            return new Guarded<T>(found, null);
        }

        write.Db.SecretAttempts.Add(SecretAttempt.Wrong(secret, now));
        // Misses older than the window count for nothing any more.
        await write.Db.SecretAttempts.Where(a => a.At <= since).ExecuteDeleteAsync(ct);
        await write.CommitAsync(ct);
        return new Guarded<T>(null, null);
    }
}
