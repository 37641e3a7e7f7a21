// whatsapp-web.js brings puppeteer, whose postinstall would download its own Chrome.
// This machine (and CI) cannot reach that host, and we drive Debian's Chromium instead.
module.exports = { skipDownload: true };
