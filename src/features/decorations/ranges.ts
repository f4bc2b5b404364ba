import type { FullAnalysis } from '../../core/analysis/analyze';
import type { Span } from '../../core/text/types';
import type { DecorationKind } from '../../platform/config';

/** The spans (in prepared-text offsets) each decoration kind paints. */
export function spansByKind(a: FullAnalysis): Record<DecorationKind, Span[]> {
  return {
    officials: a.officials.flatMap((o) => o.mentions),
    titles: a.officials.flatMap((o) => o.titleSpans),
    dates: a.dates,
    directives: a.directives,
    slogans: a.slogans,
    localities: a.places,
    boilerplate: a.boilerplate,
  };
}
