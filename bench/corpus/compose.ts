import { loadSources, OFFICIAL_SLOTS, SLOT, type SourceSet } from './sources';
import { between, pick, shuffled, type Rng } from './random';
import { cast, isoDate, place, SLOGANS, TOPICS, type Official, type Place } from './vocabulary';

/**
 * One report in Simplified script: page furniture, headline, dateline, a lead naming the meeting and
 * its officials, then body paragraphs. Most paragraphs come from a character model of the sources (the
 * genre's vocabulary without long copied runs, so the only long shared wording is what the corpus
 * plants on purpose, plus the occasional borrowed paragraph and stock slogan real reports have).
 */

export interface Composed {
  text: string;
  /** Where the body (lead and paragraphs) starts and ends in `text`: plants go there. */
  body: { start: number; end: number };
  place: Place;
  officials: Official[];
}

/** Share of the model's steps that jump to a random character: keeps it from replaying its training text. */
const JUMP = 0.12;

interface Model {
  next: Map<string, string[]>;
  starts: string[];
}

let model: Model | undefined;

function characterModel(src: SourceSet): Model {
  if (model) return model;
  const next = new Map<string, string[]>();
  const chars = [...src.training];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === '\n' || chars[i + 1] === '\n') continue;
    let list = next.get(chars[i]);
    if (!list) next.set(chars[i], (list = []));
    list.push(chars[i + 1]);
  }
  const starts = [...next.keys()].filter((c) => /\p{Script=Han}/u.test(c));
  model = { next, starts };
  return model;
}

/** A generated paragraph of about `chars` characters ending with a full stop. */
function modelParagraph(r: Rng, m: Model, chars: number): string {
  let c = pick(r, m.starts);
  let out = '';
  while (out.length < chars || !out.endsWith('。')) {
    out += c;
    if (out.length > chars * 2) {
      out += '。';
      break;
    }
    const list = m.next.get(c);
    c = list && r() >= JUMP ? pick(r, list) : pick(r, m.starts);
  }
  return out;
}

/** Earlier entries much more often: one formula is everywhere, the next ones in a few reports each. */
function weighted<T>(r: Rng, list: readonly T[]): T {
  return list[Math.min(list.length - 1, Math.floor(-Math.log(1 - r()) * 1.2))];
}

function fillSlots(text: string, officials: Official[], p: Place): string {
  return text.replace(/[\ue000-\ue012]/g, (s) => {
    const code = s.charCodeAt(0);
    if (code === SLOT.county) return p.county.name;
    if (code === SLOT.city) return p.city.name;
    if (code === SLOT.province) return p.province.name;
    return officials[(code - SLOT.official) % officials.length].name;
  });
}

export interface ComposeOptions {
  /** Characters of body text wanted (the whole report is ~15 % longer). */
  bodyChars: number;
  /** Chance of one paragraph borrowed whole (names and places swapped) from a source report. */
  borrowShare?: number;
  /** Chance of a stock slogan quoted in the body. */
  sloganShare?: number;
}

export function compose(r: Rng, o: ComposeOptions): Composed {
  const src = loadSources();
  const m = characterModel(src);
  const p = place(r);
  const level = r() < 0.5 ? 'county' : 'city';
  const officials = cast(r, between(r, 2, Math.min(5, OFFICIAL_SLOTS)), level);
  const where = level === 'county' ? p.county.name : p.city.name;
  const topic = weighted(r, TOPICS);
  const { y, m: month, d } = isoDate(r);
  const two = (n: number) => String(n).padStart(2, '0');

  const header = shuffled(r, src.header).slice(0, between(r, 0, 2));
  const footer = shuffled(r, src.footer).slice(0, between(r, 1, 3));
  const title = `${where}${pick(r, ['召开', '举行', '部署', ''])}${pick(r, [`${y}年`, '全' + where.slice(-1), ''])}${topic}`;
  const dateline = `发布时间：${y}-${two(month)}-${two(d)}　来源：${p.city.short}日报`;
  const [chair, host] = officials;
  // Real leads vary their template: a fixed one would tie every report to every other with its wording.
  const opening = pick(r, [`${month}月${d}日，${where}召开${topic}`, `${month}月${d}日上午，${topic}在${where}举行`, `近日，${where}组织召开${topic}`]);
  const chairing = pick(r, [`${chair.title}${chair.name}出席会议并讲话`, `${chair.title}${chair.name}在会上强调`, `${chair.name}${chair.title.split('、').pop()}作讲话`]);
  const hosting = pick(r, [`${host.title}${host.name}主持会议`, `会议由${host.title}${host.name}主持`, `${host.name}主持`]);
  const lead = `${opening}，${chairing}，${hosting}。`;

  const paragraphs: string[] = [lead];
  let n = lead.length;
  let borrowed = r() < (o.borrowShare ?? 0.15);
  let slogan = r() < (o.sloganShare ?? 0.4);
  while (n < o.bodyChars) {
    let para: string;
    if (borrowed && src.paragraphs.length > 0) {
      para = pick(r, src.paragraphs);
      borrowed = false;
    } else {
      para = modelParagraph(r, m, between(r, 80, 320));
      if (slogan) {
        para += `要严格落实“${weighted(r, SLOGANS)}”要求。`;
        slogan = false;
      }
    }
    para = fillSlots(para, officials, p);
    paragraphs.push(para);
    n += para.length;
  }
  const before = [...header, title, dateline, ''].join('\n') + '\n';
  const body = paragraphs.map((x) => '　　' + x).join('\n');
  const text = before + body + '\n\n' + footer.join('\n') + '\n';
  return { text, body: { start: before.length, end: before.length + body.length }, place: p, officials };
}
