// The dashboard's chime for a new alert. Browsers may refuse sound before the page was touched: never an error.
export function chime(src) {
    try {
        const played = new Audio(src).play();
        if (played && played.catch) played.catch(() => { });
    } catch {
        // No audio device or autoplay blocked: the coloured alert is still there.
    }
}
