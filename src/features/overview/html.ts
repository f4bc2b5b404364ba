import { randomBytes } from 'crypto';
import { OVERVIEW_CSS } from './styles';

/** The bundle esbuild writes for the page (see esbuild.js); the panel's only local resource. */
export const OVERVIEW_SCRIPT = 'overview.js';

export interface PageSources {
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri(dist/overview.js)`, as a string. */
  scriptUri: string;
  lang: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/**
 * The Content Security Policy: nothing from the network; one script, ours, by nonce; our style sheet
 * by nonce. ECharts sets element styles through the CSSOM (`el.style.x = …`), which CSP does not
 * restrict, so `'unsafe-inline'` is needed for neither scripts nor styles. Images: the charts' own
 * exports (`data:`/`blob:` URLs) only.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `img-src ${cspSource} data: blob:`,
    `font-src ${cspSource}`,
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page shell. No corpus text is in it: everything is sent as messages and added with textContent. */
export function overviewHtml(src: PageSources, nonce = makeNonce()): string {
  return `<!DOCTYPE html>
<html lang="${attr(src.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(src.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Corpus Overview</title>
<style nonce="${nonce}">${OVERVIEW_CSS}</style>
</head>
<body>
<script nonce="${nonce}" src="${attr(src.scriptUri)}"></script>
</body>
</html>`;
}
