using HallDesk.Domain;
using HallDesk.Web.Localization;
using MudBlazor;

namespace HallDesk.Web.Components;

/// <summary>
/// One user action of a component at a time: <see cref="Busy"/> while it runs, a broken rule said in a warning
/// snackbar in the reader's language, the success text when there is one. Transient: each component has its own.
/// Other expected failures (a form's field errors) stay with the component that shows them.
/// </summary>
public sealed class UserAction(ISnackbar snackbar)
{
    public bool Busy { get; private set; }

    /// <returns>Whether the action ran to the end: false when another was still running or a rule refused it.</returns>
    public async Task<bool> RunAsync(Func<Task> action, string? success = null)
    {
        if (Busy)
        {
            return false;
        }

        Busy = true;
        try
        {
            await action();
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }

            return true;
        }
        catch (DomainException ex)
        {
            snackbar.Add(Texts.Of(ex), Severity.Warning);
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
