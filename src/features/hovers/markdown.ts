import * as vscode from 'vscode';

/** Escapes document text for a MarkdownString so a document can never inject links, commands or HTML. */
export function esc(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, '\\$&').replace(/\n/g, ' ');
}

/** A hover body that may link only to the listed commands of this extension. */
export function trustedFor(commands: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: commands };
  md.supportHtml = false;
  return md;
}

export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${esc(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
