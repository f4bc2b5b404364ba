/**
 * The overview page's style sheet, inlined in a nonce'd <style> (one file less under the webview's
 * resource roots). Colours come from the workbench theme variables only, so light, dark and high
 * contrast themes need no rules of their own beyond the outlines high contrast expects.
 */
export const OVERVIEW_CSS = `
:root { color-scheme: light dark; }
body {
  margin: 0; padding: 0 20px 24px;
  color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5;
}
h1 { font-size: 1.4em; font-weight: 600; margin: 16px 0 8px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 0; }
h3 { font-size: 1em; font-weight: 600; margin: 16px 0 6px; }
.intro { color: var(--vscode-descriptionForeground); margin: 8px 0; }
.empty-note { color: var(--vscode-descriptionForeground); font-style: italic; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.offscreen { position: absolute; left: -10000px; top: 0; }
button { font: inherit; color: inherit; }
:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }

.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: 16px; }
.status { flex: 1; min-width: 200px; }
.indexing { display: flex; align-items: center; gap: 8px; color: var(--vscode-descriptionForeground); }
.indexing progress { width: 160px; accent-color: var(--vscode-progressBar-background); }
.empty-state { padding: 16px; margin: 8px 0; border: 1px dashed var(--vscode-widget-border, var(--vscode-descriptionForeground)); }
.empty-state p { margin-top: 0; }
main.blank .tabs, main.blank .panel { display: none; }
.notice { color: var(--vscode-descriptionForeground); }

button.primary {
  background: var(--vscode-button-background); color: var(--vscode-button-foreground);
  border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; margin-right: 8px; cursor: pointer;
}
button.primary:hover { background: var(--vscode-button-hoverBackground); }
button.link { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); cursor: pointer; }
button.link:hover { text-decoration: underline; }

.tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); margin: 8px 0 0; }
.tab {
  background: none; border: none; border-bottom: 2px solid transparent; padding: 6px 12px; cursor: pointer;
  color: var(--vscode-panelTitle-inactiveForeground, var(--vscode-descriptionForeground));
}
.tab[aria-selected="true"] { color: var(--vscode-panelTitle-activeForeground, var(--vscode-foreground)); border-bottom-color: var(--vscode-panelTitle-activeBorder, var(--vscode-focusBorder)); }
.tab:hover { color: var(--vscode-foreground); }
.panel { padding: 4px 0; }
.panel:focus { outline: none; }

.chart-section { margin: 12px 0 16px; }
.chart-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; margin-bottom: 4px; }
.toolbar { display: flex; gap: 4px; }
.tool {
  background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground);
  border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); padding: 1px 8px; font-size: 0.9em; cursor: pointer;
}
.tool:hover { background: var(--vscode-button-secondaryHoverBackground); }
.tool[aria-pressed="true"] { background: var(--vscode-button-background); color: var(--vscode-button-foreground); }
.chart { width: 100%; min-height: 120px; position: relative; }
.chart:focus-visible { outline: 1px solid var(--vscode-focusBorder); }

table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--vscode-widget-border, rgba(128,128,128,0.2)); vertical-align: top; }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.clickable { cursor: pointer; }
tr.clickable:hover, li.doc:hover { background: var(--vscode-list-hoverBackground); }
tr.clickable:focus, li.doc:focus { background: var(--vscode-list-focusBackground, var(--vscode-list-hoverBackground)); outline: 1px solid var(--vscode-list-focusOutline, var(--vscode-focusBorder)); }
tr.selected { background: var(--vscode-list-inactiveSelectionBackground); color: var(--vscode-list-inactiveSelectionForeground, inherit); }
td.slogan { font-weight: 600; }

.crumbs { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; margin: 8px 0; }
.crumb { background: none; border: none; padding: 0 2px; color: var(--vscode-textLink-foreground); cursor: pointer; }
.crumb.current { color: var(--vscode-foreground); font-weight: 600; cursor: default; }
.sep { color: var(--vscode-descriptionForeground); }
.place-extra { margin: 4px 0; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
.note { color: var(--vscode-descriptionForeground); }

.doc-section h3 .count { font-weight: normal; color: var(--vscode-descriptionForeground); margin-left: 6px; }
.doc-list { list-style: none; padding: 0; margin: 0; max-height: 420px; overflow: auto; }
li.doc { display: flex; flex-direction: column; padding: 4px 8px; cursor: pointer; border-bottom: 1px solid var(--vscode-widget-border, rgba(128,128,128,0.15)); }
.doc-title { color: var(--vscode-textLink-foreground); }
.doc-meta { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.slogan-title { margin-top: 12px; }

.tip { min-width: 120px; font-size: 12px; }
.tip-title { font-weight: 600; margin-bottom: 2px; }
.tip-line { display: flex; align-items: center; gap: 6px; }
.tip-label { flex: 1; }
.tip-value { font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 8px; height: 8px; border-radius: 50%; }

body.vscode-high-contrast .tab[aria-selected="true"], body.vscode-high-contrast-light .tab[aria-selected="true"] { outline: 1px solid var(--vscode-contrastActiveBorder, var(--vscode-focusBorder)); }
body.vscode-high-contrast th, body.vscode-high-contrast td { border-bottom-color: var(--vscode-contrastBorder); }
`;
