using System.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>This process's working set and managed heap, read after full collections so that garbage does not count.</summary>
public readonly record struct ProcessMemory(long WorkingSet, long Heap)
{
    public static ProcessMemory Now()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return new ProcessMemory(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: true));
    }
}
