// Chart colours from the VS Code theme: the webview gets the workbench colours as CSS variables
// (--vscode-*), and the body's class says which kind of theme is active.

export interface Palette {
  kind: 'light' | 'dark' | 'highContrast' | 'highContrastLight';
  foreground: string;
  muted: string;
  background: string;
  grid: string;
  /** Outline around bars: only high-contrast themes draw one. */
  border: string | undefined;
  focus: string;
  /** One colour per province series, in order; `other` and `unknown` have their own. */
  series: string[];
  other: string;
  unknown: string;
  accent: string;
  fontFamily: string;
}

const CHART_VARS = ['blue', 'orange', 'green', 'red', 'purple', 'yellow'];

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

function themeKind(body: HTMLElement): Palette['kind'] {
  if (body.classList.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (body.classList.contains('vscode-high-contrast')) return 'highContrast';
  return body.classList.contains('vscode-light') ? 'light' : 'dark';
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()/rgba()` → [r, g, b]; undefined for anything else. */
export function parseColor(c: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(c);
  if (hex) {
    const h = hex[1];
    const full = h.length <= 4 ? [...h.slice(0, 3)].map((x) => x + x).join('') : h.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(c);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** `a` moved `t` of the way towards `b` (both parseable colours), as `rgb()`. */
export function mix(a: string, b: string, t: number): string {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return a;
  const m = x.map((v, i) => Math.round(v + (y[i] - v) * t));
  return `rgb(${m[0]}, ${m[1]}, ${m[2]})`;
}

export function readPalette(): Palette {
  const style = getComputedStyle(document.body);
  const kind = themeKind(document.body);
  const dark = kind === 'dark' || kind === 'highContrast';
  const foreground = cssVar(style, '--vscode-foreground', dark ? '#cccccc' : '#3b3b3b');
  const background = cssVar(style, '--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff');
  const base = CHART_VARS.map((c, i) => cssVar(style, `--vscode-charts-${c}`, ['#3794ff', '#d18616', '#89d185', '#f14c4c', '#b180d7', '#cca700'][i]));
  // Twelve provinces get their own series: the six theme colours, then the same hues toned towards
  // the background, so the legend still reads in the theme's own colours.
  const series = [...base, ...base.map((c) => mix(c, background, kind.startsWith('highContrast') ? 0.35 : 0.45))];
  const highContrast = kind === 'highContrast' || kind === 'highContrastLight';
  return {
    kind,
    foreground,
    muted: cssVar(style, '--vscode-descriptionForeground', mix(foreground, background, 0.35)),
    background,
    grid: mix(foreground, background, highContrast ? 0.5 : 0.85),
    border: highContrast ? cssVar(style, '--vscode-contrastBorder', foreground) : undefined,
    focus: cssVar(style, '--vscode-focusBorder', base[0]),
    series,
    other: mix(foreground, background, 0.55),
    unknown: mix(foreground, background, 0.75),
    accent: base[0],
    fontFamily: cssVar(style, '--vscode-font-family', 'sans-serif'),
  };
}

/**
 * Calls `onChange` when the workbench switches theme: VS Code swaps the body's classes (light, dark,
 * high contrast) and rewrites the --vscode-* variables on the root element (two dark themes differ
 * only there). Both arrive together, so one call per animation frame is enough.
 */
export function watchTheme(onChange: () => void): void {
  let last = document.body.className + '|' + (document.documentElement.getAttribute('style') ?? '');
  let pending = false;
  const check = () => {
    const now = document.body.className + '|' + (document.documentElement.getAttribute('style') ?? '');
    if (now === last || pending) return;
    last = now;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
}
