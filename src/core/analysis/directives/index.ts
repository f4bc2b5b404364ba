import type { Span } from '../../text/types';
import { SpanCursor } from '../boilerplate/spanCursor';
import type { Directive } from '../types';
import { ORDERING_VERBS, STRICT_VERBS, enumerationAt, isImperativeAt, modalAt, nextVerb, skipLeadAdverbs, verbAt } from './cues';
import { SpeakerIndex, appearsWithTitle, earlierSubject, resolveSpeaker } from './speakers';
import type { SpeakerMentions } from './speakers';
import { paragraphs } from '../lines';
import { PairIndex } from '../pairIndex';
import { clauseStarts, isBlankCode, isClauseBreak, units } from './units';

export type { SpeakerMentions } from './speakers';

export interface FindDirectivesOptions {
  /** Spans (boilerplate) that are not the article. */
  exclude?: Span[];
  /** Officials and their mentions (from findOfficials): who stands before `强调`. */
  speakers?: SpeakerMentions[];
}

/** A speech under way: set by a reporting verb, carried through its paragraph and the enumerated or
 * modal paragraphs that follow it. */
interface Speech {
  speaker?: string;
  /** The reporting verb that opened it; absent for a bare enumeration. */
  verb?: string;
}

/** A sentence names its speaker within its first few reporting verbs; more are noise (and cost). */
const MAX_CUES_PER_SEGMENT = 12;
/** How far back a subject-less verb looks for the clause that names who speaks. */
const MAX_EARLIER_CLAUSES = 6;
/** From this length on, names are looked up in a PairIndex rather than by scanning the text. */
const INDEX_FROM_LENGTH = 16_384;
/** Longest subject before a modal that still reads as an addressee (`对工作推动和落实不力的要…`). */
const MAX_SUBJECT = 14;
/** A subject longer than this before a reporting verb is a descriptive clause, not a speaker. */
const MAX_VERB_SUBJECT = 20;
/** Reported speech opens with punctuation or a directive word; `督查组指出问题32个` is a description. */
const SPEECH_OPENING = /^(?:[，,：:]|要|各|全|所有|相关|有关|把|对|切实|务必|坚决|必须|进一步|广大|在|以|从|当前|今后|下一步)/;
/** Words before a verb that make it a noun: `按照…要求`, `贯彻…部署`. */
const NOUN_CONTEXT = /按照|根据|依照|遵照|对照|贯彻|落实|对标|结合|围绕|符合|满足|达到|执行|按|学习|传达/;
const NOUN_BEFORE = new Set(['的', '、', '”', '」', '》', '和', '及', '与']);
const NOUN_AFTER = /^(?:[和与及、的。；;）)”」]|精神|事项|情况|$)/;
/** `部署会`, `部署要求`: the noun. */
const NOUN_AFTER_DEPLOY = /^(?:会|要求|安排|情况)/;
/**
 * A subject that is not an official must still be someone who can speak (`各企业负责人`, `督查组`,
 * `各单位`): `管生产经营必须管安全要求` ends in a verb phrase, so its 要求 is a noun.
 */
const AGENT_END = /(人|者|员|组|部门|单位|会|委|局|厅|办|室|府|队|企业|公司|领导|代表|专家|群众|同志|大家|各方|中心|站|院|部|处|科|机构|干部|班子|我们|各地|各级|省|市|县|区|镇|乡|街道|村|长|书记|主任)$/;

/**
 * Orders in `text` (cleaned Simplified text): sentences led by a reporting verb (`钟某强调，要…`,
 * `会议指出，…`), clauses opened by a modal (`要`, `必须`, `务必`, `严禁`; `坚决`/`切实`/`确保` only at
 * a sentence start or inside a speech) and enumerated items (`一要`, `二是`, `第三，`, `（四）`).
 * A verb or modal directive starts at the clause that holds its subject and runs to the end of the
 * sentence or semicolon clause; an enumerated item runs to the next marker. The speaker carries
 * through the rest of the paragraph and into following paragraphs that open with an enumeration
 * marker, a modal or an imperative verb. Sorted, non-overlapping.
 */
export function findDirectives(text: string, opts: FindDirectivesOptions = {}): Directive[] {
  const excluded = new SpanCursor(opts.exclude);
  const index = opts.speakers && opts.speakers.length > 0 ? new SpeakerIndex(opts.speakers) : undefined;
  const out: Directive[] = [];
  let speech: Speech | undefined;
  let lastNamed: string | undefined;
  const known = new Map<string, boolean>();
  // Each new name would scan the whole text; a long one is indexed once instead.
  let pairs: PairIndex | undefined;
  const isKnownName = (name: string) => {
    let v = known.get(name);
    if (v === undefined) {
      if (!pairs && text.length >= INDEX_FROM_LENGTH) pairs = new PairIndex(text);
      known.set(name, (v = appearsWithTitle(text, name, pairs)));
    }
    return v;
  };

  const finish = (d: Directive) => {
    const trimmed = trimEnd(text, d);
    if (trimmed.end > trimmed.start) out.push(trimmed);
  };

  for (const para of paragraphs(text)) {
    let contentStart = para.start;
    while (contentStart < para.end && isBlankCode(text.charCodeAt(contentStart))) contentStart++;
    if (contentStart >= para.end) continue;
    if (excluded.covers(contentStart, para.end)) {
      speech = undefined;
      continue;
    }
    if (speech && !continuesSpeech(text, contentStart, para.end, speech)) speech = undefined;

    for (const unit of units(text, para)) {
      if (excluded.overlaps(unit.start, unit.end)) continue;
      const starts = clauseStarts(text, unit);
      const markers: { at: number; cue: string }[] = [];
      for (const cs of starts) {
        const cue = enumerationAt(text, cs, cs === contentStart);
        if (cue) markers.push({ at: cs, cue });
      }
      const introEnd = markers.length > 0 ? markers[0].at : unit.end;
      let itemStart: number | undefined;

      if (introEnd > unit.start) {
        const intro = { start: unit.start, end: introEnd };
        const introStarts = starts.filter((s) => s < introEnd);
        const verb = findVerb(text, intro, introStarts, { index, lastNamed, isKnownName }, speech);
        if (verb) {
          speech = { speaker: verb.speaker, verb: verb.cue };
          if (verb.speaker && verb.speaker !== '会议') lastNamed = verb.speaker;
          // `会议要求：一是…` — the intro is only the lead-in of the first item.
          if (markers.length > 0 && /^[\s，,：:]*$/.test(text.slice(verb.cueEnd, introEnd))) itemStart = verb.start;
          else finish({ start: verb.start, end: introEnd, kind: 'verb', cue: verb.cue, speaker: verb.speaker });
        } else {
          const other = findModalOrImperative(text, intro, introStarts, speech);
          if (other) finish({ start: other.start, end: other.end, kind: other.kind, cue: other.cue, speaker: speech?.speaker });
        }
      }

      markers.forEach((m, k) => {
        const end = k + 1 < markers.length ? markers[k + 1].at : unit.end;
        if (!speech) speech = {};
        finish({ start: k === 0 && itemStart !== undefined ? itemStart : m.at, end, kind: 'enumeration', cue: m.cue, speaker: speech.speaker });
      });
    }
  }
  return out;
}

interface VerbHit {
  start: number;
  cue: string;
  cueEnd: number;
  speaker?: string;
}

/** What resolves speakers: the officials' mentions, the last named speaker (for 他/她), name evidence. */
interface SpeakerContext {
  index: SpeakerIndex | undefined;
  lastNamed: string | undefined;
  isKnownName: (name: string) => boolean;
}

/** The first reporting verb of `seg` that introduces an order, with its speaker. */
function findVerb(text: string, seg: Span, starts: readonly number[], ctx: SpeakerContext, speech: Speech | undefined): VerbHit | undefined {
  let k = 0;
  let tried = 0;
  for (let at = nextVerb(text, seg.start, seg.end); at >= 0 && tried < MAX_CUES_PER_SEGMENT; at = nextVerb(text, at + 2, seg.end), tried++) {
    const cue = verbAt(text, at);
    const cueEnd = at + cue.length;
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    const clauseStart = starts[k];
    const after = text.slice(cueEnd, Math.min(seg.end, cueEnd + 4));
    if (NOUN_BEFORE.has(text[at - 1] ?? '') || NOUN_AFTER.test(after) || cueEnd >= seg.end) continue;
    if (cue === '部署' && NOUN_AFTER_DEPLOY.test(after)) continue;
    if (NOUN_CONTEXT.test(text.slice(clauseStart, at))) continue;

    const who = resolveSpeaker(text, clauseStart, at, ctx.index, ctx.lastNamed, ctx.isKnownName);
    switch (who.kind) {
      case 'named':
      case 'meeting':
        return { start: clauseStart, cue, cueEnd, speaker: who.speaker };
      case 'pronoun':
        if (STRICT_VERBS.has(cue) && !who.speaker) continue;
        return { start: clauseStart, cue, cueEnd, speaker: who.speaker };
      case 'subject':
        if (STRICT_VERBS.has(cue) || who.subject.length > MAX_VERB_SUBJECT || !AGENT_END.test(who.subject)) continue;
        if (!ORDERING_VERBS.has(cue) && !SPEECH_OPENING.test(after)) continue;
        return { start: clauseStart, cue, cueEnd };
      case 'none': {
        if (STRICT_VERBS.has(cue) || (!ORDERING_VERBS.has(cue) && !SPEECH_OPENING.test(after))) continue;
        const earlier = earlierSubject(text, starts.slice(Math.max(0, k - MAX_EARLIER_CLAUSES), k), clauseStart, ctx.index, ctx.isKnownName);
        return { start: clauseStart, cue, cueEnd, speaker: earlier ?? speech?.speaker };
      }
    }
  }
  return undefined;
}

/**
 * The first clause of `seg` that opens an order: a modal at its start (`要…`, `同时，要…`; the weak
 * ones only at the segment start or inside a speech), a strong modal after a short subject
 * (`各级各部门要…`, `全市上下必须…`), or, for the first clause inside a speech, an imperative verb
 * (`持续深化…`). The directive runs from that clause to the end of the segment.
 */
function findModalOrImperative(text: string, seg: Span, starts: readonly number[], speech: Speech | undefined): Omit<Directive, 'speaker'> | undefined {
  for (let k = 0; k < starts.length; k++) {
    const cs = starts[k];
    const p = skipLeadAdverbs(text, cs, seg.end);
    const lead = modalAt(text, p);
    if (lead && (lead.strong || cs === seg.start || speech)) return { start: withConditions(text, starts, k), end: seg.end, kind: 'modal', cue: lead.cue };
    if (cs === seg.start && speech?.verb && isImperativeAt(text, p)) return { start: cs, end: seg.end, kind: 'verb', cue: speech.verb };
    const limit = Math.min(seg.end, cs + MAX_SUBJECT + 2);
    for (let q = cs + 1; q < limit && !isClauseBreak(text.charCodeAt(q)); q++) {
      const m = modalAt(text, q);
      if (m?.strong) return { start: withConditions(text, starts, k), end: seg.end, kind: 'modal', cue: m.cue };
    }
  }
  return undefined;
}

/** Clauses that state whom or when an order concerns: `对…不到位的地方和单位，要通报约谈`. */
const CONDITION_LEAD = /^(对|对于|凡|凡是|如|如果|若|一旦|针对|在)/;
const CONDITION_END = /(的|时|后|前|中|者)$/;
const CLAUSE_TAIL = /[\s，,：:]/;

/** Start of clause `k`, moved back over the condition clauses just before it in the same segment. */
function withConditions(text: string, starts: readonly number[], k: number): number {
  let j = k;
  while (j > 0) {
    // Trimmed by hand: `/[\s，,：:]+$/` rescans a long blank run from each of its positions (quadratic).
    let end = starts[j];
    while (end > starts[j - 1] && CLAUSE_TAIL.test(text[end - 1])) end--;
    const clause = text.slice(starts[j - 1], end);
    if (clause.length > 40 || !(CONDITION_LEAD.test(clause) || CONDITION_END.test(clause))) break;
    j--;
  }
  return starts[j];
}

/** A paragraph continues the previous speech when it opens with an enumeration, a modal or (after a
 * reporting verb) an imperative verb; anything else is narration again. */
function continuesSpeech(text: string, start: number, end: number, speech: Speech): boolean {
  const p = skipLeadAdverbs(text, start, end);
  if (enumerationAt(text, p, true)) return true;
  if (modalAt(text, p)) return true;
  return speech.verb !== undefined && isImperativeAt(text, p);
}

/** Drops trailing commas and white space so a split enumerated item ends on its own words. */
function trimEnd(text: string, d: Directive): Directive {
  let end = d.end;
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (end <= d.start || !(isBlankCode(c) || c === 0x0a || c === 0xff0c || c === 0x2c || c === 0x3001)) break;
    end--;
  }
  // Assigned, not spread: Node gives each `{ ...d, end }` a hidden class of its own.
  return end === d.end ? d : Object.assign({}, d, { end });
}
