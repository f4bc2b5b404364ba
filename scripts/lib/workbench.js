// Drives Debian's Chromium (through playwright-core, which downloads no browser) to a code-server
// workbench. The URL payload is how a web workbench receives what desktop VS Code takes as CLI
// arguments: extensionDevelopmentPath, extensionTestsPath, openFile, ...
const { onCleanup } = require('./cleanup');

/**
 * The background-networking flags matter here: this machine refuses outside connections and
 * Chromium otherwise keeps retrying its update/sync/component hosts.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

async function launchChromium({ executablePath = '/usr/bin/chromium', headless = true } = {}) {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (err) {
    throw new Error(`playwright-core is not installed (npm ci): ${err.message}`);
  }
  const browser = await chromium.launch({ executablePath, headless, args: CHROMIUM_ARGS, timeout: 60_000 });
  const unregister = onCleanup(
    () => browser.close().catch(() => {}),
    () => {
      const proc = browser.process && browser.process();
      if (proc && proc.pid) {
        try {
          process.kill(proc.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
  );
  const close = async () => {
    unregister();
    await browser.close().catch(() => {});
  };
  return { browser, close };
}

/**
 * The workbench URL for a folder, with payload entries given as an object
 * ({ extensionDevelopmentPath: uri, openFile: uri, ... }); values must already be vscode-remote URIs.
 */
function workbenchUrl(server, { folder, payload = {} }) {
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  const entries = Object.entries({ skipWelcome: 'true', ...payload });
  params.set('payload', JSON.stringify(entries));
  return `${server.origin}/?${params.toString()}`;
}

/**
 * Opens a page that forwards the workbench's automation hooks. They must be exposed BEFORE the
 * workbench loads: it looks for window.codeAutomationLog/Exit once, at start.
 * onLog(level, message): extension host output (the only place a test run's console output arrives).
 * onExit(code, logs): called when extension tests finish (0 = passed).
 */
async function openPage(browser, { viewport = { width: 1400, height: 860 }, onLog, onExit, onPageError } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  if (onLog) await page.exposeFunction('codeAutomationLog', (level, message) => onLog(level, message));
  if (onExit) await page.exposeFunction('codeAutomationExit', (code, logs) => onExit(code, logs));
  if (onPageError) page.on('pageerror', onPageError);
  return page;
}

module.exports = { launchChromium, workbenchUrl, openPage, CHROMIUM_ARGS };
