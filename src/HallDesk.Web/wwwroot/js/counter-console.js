// Function-key shortcuts of the clerk console. The keys are printed on the buttons; which key runs which action is
// decided in .NET (ConsoleActions), which also redraws the console when the action ends.
(() => {
    let handler = null;

    // Typing in the 受理 form must never call a ticket: inside a field only Esc is heard.
    const typing = (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

    window.hallDeskHotkeys = {
        register(dotnet, keys) {
            window.hallDeskHotkeys.unregister();
            handler = (e) => {
                if (!keys.includes(e.key) || e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
                if (e.key !== "Escape") {
                    if (typing(e.target)) return;
                    // F3 (find), F10 (menu) and the others have browser meanings; the console's meaning wins.
                    e.preventDefault();
                }
                dotnet.invokeMethodAsync("OnKeyAsync", e.key);
            };
            document.addEventListener("keydown", handler);
        },
        unregister() {
            if (handler) document.removeEventListener("keydown", handler);
            handler = null;
        },
        // Puts the focus on the next sensible control (a button, or the first field of a form just opened).
        focus(testId) {
            const el = document.querySelector(`[data-testid="${testId}"]`)
                ?? document.querySelector(`[data-testid^="${testId}"]:not([disabled])`);
            if (!el) return;
            const target = el.matches("input,button,select,textarea,[tabindex]")
                ? el
                : el.querySelector("input,button,select,textarea,[tabindex]");
            target?.focus();
        },
    };
})();
