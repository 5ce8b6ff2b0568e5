using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Features.Halls;

/// <summary>One hall as the comparison shows it: the chosen line (if it has it), where it stands, and whether its wait is the shortest.</summary>
public sealed record HallOption(HallSummary Hall, LineView? Line, HallStanding Standing, bool Shortest);
