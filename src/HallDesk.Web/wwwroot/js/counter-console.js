// Function-key shortcuts of the clerk console. The keys are printed on the buttons.
(() => {
    const keys = { F2: "call", F3: "recall", F4: "start", F6: "noshow", F7: "park", F9: "finish" };
    let handler = null;
    window.hallDeskHotkeys = {
        register(dotnet) {
            window.hallDeskHotkeys.unregister();
            handler = (e) => {
                const action = keys[e.key];
                if (!action || e.repeat) return;
                e.preventDefault();
                dotnet.invokeMethodAsync("OnHotkey", action);
            };
            document.addEventListener("keydown", handler);
        },
        unregister() {
            if (handler) document.removeEventListener("keydown", handler);
            handler = null;
        },
    };
})();
