import * as vscode from 'vscode';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { isViewUri, VIEW_SCHEME } from '../../platform/preparedDocuments';
import type { Services } from '../../services';
import { FIND_PERSON_COMMAND, hoverSections } from './content';
import { trustedFor } from './markdown';

export const HOVER_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
  { scheme: VIEW_SCHEME },
];

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(HOVER_SELECTOR, {
      async provideHover(document, position, token) {
        if (!isViewUri(document.uri) && !isCorpusDocument(document, services.config.current)) return undefined;
        const insight = await services.analysis.insight(document);
        if (!insight || token.isCancellationRequested) return undefined;
        const offset = insight.fromDocument(document.offsetAt(position));
        const index = services.corpus.peek();
        const spread = index
          ? (key: string) => {
              let documents = 0;
              const places = new Set<string>();
              for (const e of index.entries()) {
                if (!e.slogans.includes(key)) continue;
                documents++;
                places.add([e.locality.province, e.locality.city, e.locality.county].filter(Boolean).join('/') || '?');
              }
              return { documents, localities: places.size };
            }
          : undefined;
        const sections = hoverSections(insight.analysis, offset, spread);
        if (sections.length === 0) return undefined;
        const md = trustedFor([FIND_PERSON_COMMAND]);
        md.appendMarkdown(sections.map((lines) => lines.join('\n\n')).join('\n\n---\n\n'));
        return new vscode.Hover(md);
      },
    }),
  );
}
