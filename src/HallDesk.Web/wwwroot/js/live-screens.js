// Hall board and counter screen: plain SignalR clients of /hubs/queue that run unattended for days.
// Every (re)connect joins the hall again and the hub answers with a Snapshot, from which the whole
// screen is redrawn, so a missed event never leaves a wrong screen. Then each commit of the hall
// arrives as one Events message (QueueBatch), drawn once.
(() => {
    const root = document.querySelector("[data-screen]");
    if (!root) return;
    const hall = root.dataset.hall;
    const t = (key) => root.dataset["t" + key.charAt(0).toUpperCase() + key.slice(1)] || "";
    const fmt = (s, ...args) => s.replace(/\{(\d)\}/g, (_, i) => args[+i]);
    const $ = (sel) => root.querySelector(sel);
    const offline = $("[data-testid=screen-offline]");
    const state = { snapshot: null };

    // ---------- drawing ----------
    const bind = (name, text) => root.querySelectorAll(`[data-bind=${name}]`).forEach((e) => (e.textContent = text));

    function drawLines(lines) {
        const body = $("[data-testid=board-lines]");
        if (!body) return;
        body.replaceChildren(...lines.map((l) => {
            const tr = document.createElement("tr");
            tr.dataset.testid = "board-line-" + l.code;
            tr.innerHTML = `<td><b>${l.code}</b> ${escapeHtml(l.name)}</td><td class="num">${l.waiting}<small>${t("people")}</small></td><td>${fmt(t("minutes"), l.estimatedWaitMinutes)}</td>`;
            return tr;
        }));
    }

    // A checked-in appointment goes first: the badge 预约 HH:mm tells the hall why (a slot time, nobody's name).
    function badge(appointment, testid) {
        const b = document.createElement("span");
        b.className = "appt";
        b.dataset.testid = testid;
        b.textContent = fmt(t("appointment"), appointment);
        return b;
    }

    function drawCalls(calls) {
        const current = calls[0];
        const number = $("[data-testid=board-current-number]");
        if (!number) return;
        number.textContent = current ? current.number : "—";
        const currentBadge = $("[data-testid=board-current-appointment]");
        currentBadge.textContent = current && current.appointment ? fmt(t("appointment"), current.appointment) : "";
        currentBadge.hidden = !(current && current.appointment);
        $("[data-testid=board-current-counter]").textContent = current ? fmt(t("goto"), current.counter) : "";
        $("[data-testid=board-recent]").replaceChildren(...calls.slice(1).map((c) => {
            const li = document.createElement("li");
            li.innerHTML = `<span class="n">${c.number}</span><span class="c">${fmt(t("goto"), c.counter)}</span>`;
            if (c.appointment) li.querySelector(".n").after(badge(c.appointment, "board-recent-appointment"));
            return li;
        }));
    }

    function drawCounter(counters) {
        if (root.dataset.screen !== "counter") return;
        const c = counters.find((x) => x.number === +root.dataset.counter);
        if (!c) return;
        bind("counterName", c.name);
        const ticket = $("[data-testid=counter-screen-ticket]");
        const stateEl = $("[data-testid=counter-screen-state]");
        // A called ticket is asked to come (请到窗口); only once the clerk starts is it 正在办理.
        const serving = c.currentStatus === "Serving";
        ticket.textContent = c.currentTicket || "";
        const appt = $("[data-testid=counter-screen-appointment]");
        appt.textContent = c.currentTicket && c.currentAppointment ? fmt(t("appointment"), c.currentAppointment) : "";
        appt.hidden = !(c.currentTicket && c.currentAppointment);
        stateEl.textContent = c.state === "Paused" ? `${t("paused")}：${c.pauseReason || ""}`
            : c.state === "Closed" ? t("closed") : c.currentTicket ? t(serving ? "serving" : "called") : t("idle");
        root.dataset.status = c.currentTicket ? (serving ? "serving" : "called") : "";
        root.classList.toggle("paused", c.state === "Paused");
        $("[data-testid=counter-screen-clerk]").textContent = c.clerkName ? fmt(t("clerk"), c.clerkName, c.clerkStaffNumber || "") : "";
    }

    function draw() {
        const s = state.snapshot;
        bind("hallName", s.hallName);
        bind("notice", s.notice);
        drawCalls(s.recentCalls);
        drawLines(s.lines);
        drawCounter(s.counters);
    }

    function escapeHtml(s) {
        return String(s).replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]);
    }

    // ---------- the clock ----------
    function tick() {
        const now = new Date();
        const parts = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, weekday: "long" })
            .formatToParts(now).reduce((a, p) => ((a[p.type] = p.value), a), {});
        bind("date", `${parts.year}年${parts.month}月${parts.day}日 ${parts.weekday}`);
        bind("clock", `${parts.hour}:${parts.minute}:${parts.second}`);
    }
    tick();
    setInterval(tick, 1000);

    // ---------- voice ----------
    const voice = { enabled: false, queue: [], busy: false, spoken: [] };
    window.hallDeskBoard = voice; // read by browser tests and by hall staff in the console
    const voiceButton = $("[data-testid=enable-voice]");
    if (voiceButton) {
        voiceButton.addEventListener("click", () => {
            voice.enabled = true;
            voiceButton.hidden = true;
            // A first, silent utterance inside the click unlocks speech for the rest of the day.
            if ("speechSynthesis" in window) speechSynthesis.speak(new SpeechSynthesisUtterance(""));
        });
    }

    function announce(call) {
        const text = fmt(t("speech"), call.number, call.counter);
        voice.spoken.push(text);
        if (!voice.enabled) return;
        voice.queue.push(text);
        if (!voice.busy) playNext();
    }

    async function playNext() {
        const text = voice.queue.shift();
        if (!text) { voice.busy = false; return; }
        voice.busy = true;
        try {
            const chime = new Audio(root.dataset.chime);
            await chime.play();
            await new Promise((r) => { chime.onended = r; setTimeout(r, 2500); });
        } catch { /* no sound device or blocked: speak anyway */ }
        for (let i = 0; i < 2; i++) await speak(text);
        playNext();
    }

    function speak(text) {
        return new Promise((resolve) => {
            if (!("speechSynthesis" in window)) return resolve();
            const u = new SpeechSynthesisUtterance(text);
            u.lang = "zh-CN";
            u.rate = 0.9;
            const zh = speechSynthesis.getVoices().find((v) => v.lang && v.lang.toLowerCase().startsWith("zh"));
            if (zh) u.voice = zh;
            u.onend = u.onerror = () => resolve();
            setTimeout(resolve, 8000);
            speechSynthesis.speak(u);
        });
    }

    function flash() {
        const number = $("[data-testid=board-current-number]");
        if (!number) return;
        number.classList.remove("flash");
        void number.offsetWidth;
        number.classList.add("flash");
    }

    // ---------- the connection ----------
    const connection = new signalR.HubConnectionBuilder()
        .withUrl("/hubs/queue")
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(30000, 1000 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
        .build();

    connection.on("Snapshot", (s) => { state.snapshot = s; draw(); root.dataset.live = "true"; });
    // One message per commit: its events in commit order, the line figures after it once (batch.lines).
    const apply = {
        TicketCalled(e, calls) {
            const recent = state.snapshot.recentCalls.filter((c) => c.number !== e.number);
            recent.unshift({ number: e.number, line: e.line, counter: e.counter, calledAt: e.calledAt, callCount: e.callCount, appointment: e.appointment });
            state.snapshot.recentCalls = recent.slice(0, 8);
            calls.push(e);
        },
        TicketChanged(e) {
            // 过号: nobody came, so the board stops calling that number (the snapshot leaves it out too).
            if (e.status === "NoShow" || e.status === "Cancelled") {
                state.snapshot.recentCalls = state.snapshot.recentCalls.filter((c) => c.number !== e.number);
            }
        },
        CounterChanged(e) {
            state.snapshot.counters = state.snapshot.counters.map((c) => (c.number === e.counter.number ? e.counter : c));
        },
    };
    connection.on("Events", (batch) => {
        // The hall's settings changed: a fresh snapshot redraws everything, the rest of the batch included.
        // data-live="true" means "drawn from a snapshot of this connection"; it is set by the Snapshot handler only.
        if (batch.events.some((e) => e.type === "HallChanged")) {
            join().catch(() => { /* the next reconnect joins again */ });
            return;
        }
        if (!state.snapshot) return;
        const calls = [];
        for (const e of batch.events) apply[e.type]?.(e, calls);
        if (batch.lines) state.snapshot.lines = batch.lines;
        drawCalls(state.snapshot.recentCalls);
        drawLines(state.snapshot.lines);
        drawCounter(state.snapshot.counters);
        if (calls.length === 0) return;
        flash();
        if (root.dataset.screen === "board") calls.forEach(announce);
    });

    const setOffline = (on) => { offline.hidden = !on; if (on) root.dataset.live = "false"; };
    connection.onreconnecting(() => setOffline(true));
    connection.onreconnected(async () => { setOffline(false); await join(); });
    connection.onclose(() => { setOffline(true); setTimeout(start, 5000); });

    async function join() {
        await connection.invoke("JoinHall", hall);
    }

    async function start() {
        try {
            await connection.start();
            setOffline(false);
            await join();
        } catch {
            setOffline(true);
            setTimeout(start, 5000);
        }
    }
    start();
})();
