import type { DocumentRef } from '../../../core/corpus/overview/types';
import type { ListSubject } from '../protocol';
import type { ViewContext } from './context';
import { activatable, clear, h, rovingRows } from './dom';

/** The heading of a list, from what it lists. */
export function subjectHeading(ctx: ViewContext, s: ListSubject): string {
  switch (s.kind) {
    case 'month':
      return s.series === undefined
        ? ctx.t('Reports of {0}', s.month)
        : ctx.t('Reports of {0} in {1}', s.month, s.series === null ? ctx.t('unknown locality') : Array.isArray(s.series) ? ctx.t('other provinces') : s.series);
    case 'place':
      return s.path.length ? ctx.t('Reports in {0}', s.path.join(' › ')) : ctx.t('Reports of unknown locality');
    case 'official':
      return ctx.t('Reports naming {0}', s.province ? `${s.name} (${s.province})` : s.name);
    case 'passage':
      return ctx.t('Reports sharing the passage “{0}”', s.text.length > 40 ? s.text.slice(0, 40) + '…' : s.text);
  }
}

/**
 * A list of reports; each row opens its report in the editor (Enter, Space or a click). `total` may be
 * larger than the rows sent: the extension sends at most a few hundred.
 */
export function documentList(ctx: ViewContext, heading: string, docs: DocumentRef[], total: number): HTMLElement {
  const list = h('ul', { class: 'doc-list', attrs: { 'aria-label': heading } });
  for (const d of docs) {
    const meta = [d.date ?? ctx.t('undated'), d.locality || ctx.t('unknown locality'), d.path].join(' · ');
    const li = h('li', { class: 'doc', attrs: { role: 'link', 'aria-label': `${d.title || d.path}, ${meta}` } },
      h('span', { class: 'doc-title' }, d.title || d.path),
      h('span', { class: 'doc-meta' }, meta),
    );
    activatable(li, () => ctx.post({ type: 'openDocument', path: d.path }));
    list.appendChild(li);
  }
  rovingRows(list, 'li.doc');
  const count = total > docs.length ? ctx.t('{0} reports, the first {1} shown', ctx.num(total), ctx.num(docs.length)) : ctx.t('{0} reports', ctx.num(total));
  return h('section', { class: 'doc-section', attrs: { 'aria-label': heading } },
    h('h3', {}, heading, ' ', h('span', { class: 'count' }, count)),
    docs.length ? list : h('p', { class: 'empty-note' }, ctx.t('No reports.')),
  );
}

/** A slot under a chart that shows the last list asked for. */
export class ListSlot {
  readonly element = h('div', { class: 'list-slot', attrs: { 'aria-live': 'polite' } });

  constructor(private readonly ctx: ViewContext) {}

  show(subject: ListSubject, docs: DocumentRef[], total: number): void {
    clear(this.element);
    this.element.appendChild(documentList(this.ctx, subjectHeading(this.ctx, subject), docs, total));
  }

  loading(text: string): void {
    clear(this.element);
    this.element.appendChild(h('p', { class: 'empty-note' }, text));
  }

  clear(): void {
    clear(this.element);
  }
}
