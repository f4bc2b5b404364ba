import * as vscode from 'vscode';
import type { DecorationKind } from '../../platform/config';

/**
 * One decoration type per kind, created once for the extension's lifetime. Colours are theme colours
 * contributed in package.json (`zhengwu.*`), so themes and users can restyle them.
 */
export function createDecorationTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const color = (id: string) => new vscode.ThemeColor(`zhengwu.${id}`);
  return {
    officials: vscode.window.createTextEditorDecorationType({ color: color('officialForeground'), fontWeight: '600' }),
    titles: vscode.window.createTextEditorDecorationType({ color: color('titleForeground') }),
    dates: vscode.window.createTextEditorDecorationType({
      color: color('dateForeground'),
      borderStyle: 'none none dotted none',
      borderWidth: '1px',
      borderColor: color('dateForeground'),
    }),
    directives: vscode.window.createTextEditorDecorationType({ backgroundColor: color('directiveBackground') }),
    slogans: vscode.window.createTextEditorDecorationType({ color: color('sloganForeground'), backgroundColor: color('sloganBackground') }),
    localities: vscode.window.createTextEditorDecorationType({
      color: color('localityForeground'),
      textDecoration: 'underline dotted',
    }),
    boilerplate: vscode.window.createTextEditorDecorationType({ opacity: '0.45', fontStyle: 'italic' }),
  };
}
