import * as vscode from 'vscode';
import type { Prepared } from '../../core/text';

/** `繁→简 · 519 pinyin removed · 1 corrupt span`: what the reader is looking at and what cleaning did. */
export function statusText(p: Prepared): string | undefined {
  if (p.script.hanChars === 0) return undefined;
  const parts = [scriptLabel(p)];
  if (p.cleaning.pinyinRemoved > 0) parts.push(vscode.l10n.t('{0} pinyin removed', p.cleaning.pinyinRemoved));
  if (p.cleaning.spacesRestored > 0) parts.push(vscode.l10n.t('{0} indents restored', p.cleaning.spacesRestored));
  const corrupt = p.cleaning.corrupt.length;
  if (corrupt === 1) parts.push(vscode.l10n.t('1 corrupt span'));
  else if (corrupt > 1) parts.push(vscode.l10n.t('{0} corrupt spans', corrupt));
  return parts.join(' · ');
}

function scriptLabel(p: Prepared): string {
  // The arrows read the same in every UI language: they name the scripts, not the UI.
  if (p.converted) return p.script.script === 'mixed' ? '繁简混合→简' : '繁→简';
  switch (p.script.script) {
    case 'traditional':
      return '繁体';
    case 'mixed':
      return '繁简混合';
    default:
      return '简体';
  }
}

export function scriptDescription(p: Prepared): string {
  const s = p.script;
  const region = s.region ? vscode.l10n.t(' (regional hint: {0}{1})', s.region, s.regionEvidence ? ` — ${s.regionEvidence}` : '') : '';
  return vscode.l10n.t(
    'Script: {0} — {1} Han characters, {2} Traditional-only, {3} Simplified-only{4}',
    s.script,
    s.hanChars,
    s.traditionalOnly,
    s.simplifiedOnly,
    region,
  );
}
