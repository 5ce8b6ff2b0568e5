// Each browser test class may bring its own app and Chromium; on a two-core machine two of them at
// once slow every first render towards the timeouts, so the classes and collections run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
