namespace HallDesk.Domain.Catalog;

/// <summary>
/// 一件事一条链: a bundle's items in ordered stages. The items of a stage start when the stage before it concludes,
/// so a bundle takes the sum of its stages, each as long as its slowest item. An item concluded at the window
/// (即办) concludes at once only in the first stage; in a later stage nobody is at the window when it opens, so its
/// department has one working day from the opening.
/// </summary>
public static class StagePlan
{
    public const int FirstStage = 1;

    /// <summary>Working days one item takes in its stage.</summary>
    public static int DaysInStage(int stage, int effectiveDays) => stage <= FirstStage ? effectiveDays : Math.Max(1, effectiveDays);

    /// <summary>Working days of each stage in order (the slowest item of each).</summary>
    public static IReadOnlyList<int> StageDays(IEnumerable<(int Stage, int EffectiveDays)> items) =>
        items.GroupBy(i => i.Stage).OrderBy(g => g.Key).Select(g => g.Max(i => DaysInStage(g.Key, i.EffectiveDays))).ToList();

    /// <summary>Working days the whole chain takes: the sum of its stages.</summary>
    public static int DaysTaken(IEnumerable<(int Stage, int EffectiveDays)> items) => StageDays(items).Sum();

    /// <summary>
    /// Stages must run 1, 2, … with no gap and none empty: a stage 3 with no stage 2 would wait for nothing.
    /// </summary>
    public static void EnsureContiguous(IEnumerable<int> stages)
    {
        var used = stages.Distinct().Order().ToList();
        if (used.Count == 0)
        {
            return;
        }

        if (used[0] < FirstStage)
        {
            throw new DomainException("Bundle.StageBelowOne");
        }

        for (var i = 0; i < used.Count; i++)
        {
            if (used[i] != i + FirstStage)
            {
                throw new DomainException("Bundle.StageMissing", i + FirstStage, used[^1]);
            }
        }
    }
}
