// The print page (/documents/{id}/print, /kiosk/{hall}/slip/{number}): opens the PDF's print dialog once it has
// loaded. A file of its own rather than an inline script, so the content security policy needs no exception.
document.getElementById('doc').addEventListener('load', function () {
    try {
        this.contentWindow.focus();
        this.contentWindow.print();
    } catch (e) {
        // A browser without a PDF viewer downloads the file instead; nothing to print here.
    }
});
