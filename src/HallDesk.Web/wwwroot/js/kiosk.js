// The kiosk prints its slip in its own page: a hidden frame loads the PDF and prints it, so no tab or window ever
// covers the kiosk. Started with --kiosk --kiosk-printing, Chromium sends it to the default printer without a dialog.
(() => {
    window.hallDeskKiosk = {
        // What 长者模式 said aloud, for browser tests and for staff checking a kiosk.
        spoken: [],
        speak(text) {
            window.hallDeskKiosk.spoken.push(text);
            if (!("speechSynthesis" in window)) return;
            speechSynthesis.cancel();
            const u = new SpeechSynthesisUtterance(text);
            u.lang = "zh-CN";
            u.rate = 0.85;
            const zh = speechSynthesis.getVoices().find((v) => v.lang && v.lang.toLowerCase().startsWith("zh"));
            if (zh) u.voice = zh;
            speechSynthesis.speak(u);
        },
        print(url) {
            let frame = document.getElementById("kiosk-print-frame");
            if (!frame) {
                frame = document.createElement("iframe");
                frame.id = "kiosk-print-frame";
                frame.dataset.testid = "kiosk-print-frame";
                frame.setAttribute("aria-hidden", "true");
                frame.tabIndex = -1;
                // Hidden but laid out: a frame with display:none would not print in every browser.
                frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden";
                frame.addEventListener("load", () => {
                    try {
                        frame.contentWindow.focus();
                        frame.contentWindow.print();
                    } catch {
                        // No PDF viewer in this browser: nothing to print here, the screen already shows the number.
                    }
                });
                // Outside Blazor's part of the page, so the kiosk returning to its start does not remove it mid-print.
                document.body.appendChild(frame);
            }
            frame.src = url;
        },
    };
})();
