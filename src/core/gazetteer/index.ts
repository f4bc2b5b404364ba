import { shortName } from './shortName';
import { readTable, type RawTable, type TableMeta } from './table';

export { GazetteerMissingError, type TableMeta } from './table';
export { shortName } from './shortName';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** Six-digit administrative code (GB/T 2260 style, as the NBS uses it). */
  code: string;
  /** Current full name, Simplified. */
  name: string;
  /** Name without its administrative suffix (运城市 → 运城); the full name when no safe short exists (城区). */
  short: string;
  level: DivisionLevel;
  /** Code of the parent division. Counties of municipalities hang directly from the municipality. */
  parent?: string;
  /** Earlier names of this division or of divisions merged into it (沙县, 莱芜市, 闸北区). */
  former?: string[];
}

/** How a surface string names a division. */
export type SurfaceKind = 'full' | 'former' | 'short' | 'formerShort';

export interface Surface {
  division: Division;
  kind: SurfaceKind;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  surface?: string;
  surfaces?: Surface[];
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** NBS statistical units such as 苏州工业园区 (county part 71–79): real areas, but no short form. */
function isZone(code: string): boolean {
  return levelOf(code) === 'county' && code[4] === '7';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * China's administrative divisions at province, prefecture (city) and county level, with former names
 * and short forms. Built once from the bundled table; every lookup is a Map access.
 */
export class Gazetteer {
  private static shared: Gazetteer | undefined;

  /** The bundled gazetteer, loaded on first use. */
  static load(): Gazetteer {
    if (!Gazetteer.shared) Gazetteer.shared = Gazetteer.fromTable(readTable());
    return Gazetteer.shared;
  }

  static fromTable(table: RawTable): Gazetteer {
    return new Gazetteer(table);
  }

  readonly meta: TableMeta;
  readonly divisions: readonly Division[];
  private readonly codes = new Map<string, Division>();
  private readonly names = new Map<string, Division[]>();
  private readonly formerNames = new Map<string, Division[]>();
  private readonly shorts = new Map<string, Division[]>();
  private readonly formerShorts = new Map<string, Division[]>();
  private readonly childLists = new Map<string, Division[]>();
  private readonly surfaces = new Map<string, Surface[]>();
  /** Every surface, character by character: a scan stops as soon as no name continues. */
  private readonly trie: TrieNode = { next: new Map() };

  private constructor(table: RawTable) {
    this.meta = table.meta;
    const present = new Set(table.rows.map((r) => r[0]));
    const divisions: Division[] = [];
    for (const [code, name, ...former] of table.rows) {
      const level = levelOf(code);
      const d: Division = { code, name, short: shortName(name, isZone(code)), level };
      if (level !== 'province') {
        const city = code.slice(0, 4) + '00';
        d.parent = level === 'county' && present.has(city) ? city : code.slice(0, 2) + '0000';
      }
      if (former.length) d.former = former;
      divisions.push(d);
      this.codes.set(code, d);
    }
    this.divisions = divisions;
    for (const d of divisions) {
      push(this.names, d.name, d);
      if (d.short !== d.name) push(this.shorts, d.short, d);
      if (d.parent) push(this.childLists, d.parent, d);
      for (const f of d.former ?? []) {
        push(this.formerNames, f, d);
        const fs = shortName(f, isZone(d.code));
        if (fs !== f && fs !== d.short) push(this.formerShorts, fs, d);
      }
    }
    const kinds: [Map<string, Division[]>, SurfaceKind][] = [
      [this.names, 'full'],
      [this.formerNames, 'former'],
      [this.shorts, 'short'],
      [this.formerShorts, 'formerShort'],
    ];
    for (const [map, kind] of kinds) {
      for (const [surface, list] of map) for (const division of list) push(this.surfaces, surface, { division, kind });
    }
    for (const [surface, list] of this.surfaces) {
      let node = this.trie;
      for (const ch of surface) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.surface = surface;
      node.surfaces = list;
    }
  }

  byCode(code: string): Division | undefined {
    return this.codes.get(code);
  }

  /** Divisions with this full name, current names first, then those that once had it (莱芜市 → 莱芜区). */
  lookup(name: string): Division[] {
    return [...(this.names.get(name) ?? []), ...(this.formerNames.get(name) ?? [])];
  }

  /** Divisions with this short name (朝阳 → 朝阳市, 朝阳区 ×2, 朝阳县), then by a former short (襄樊 → 襄阳市). */
  lookupShort(short: string): Division[] {
    return [...(this.shorts.get(short) ?? []), ...(this.formerShorts.get(short) ?? [])];
  }

  /**
   * Province → city → county. A municipality is its own city level, so a district of Shanghai gives
   * [上海市, 徐汇区]; a county administered directly by its province gives [河南省, 济源市].
   */
  path(code: string): Division[] {
    const out: Division[] = [];
    for (let d = this.codes.get(code); d; d = d.parent ? this.codes.get(d.parent) : undefined) out.unshift(d);
    return out;
  }

  children(code: string): readonly Division[] {
    return this.childLists.get(code) ?? [];
  }

  /** True for 北京市, 天津市, 上海市, 重庆市: province level, and the city level of their districts. */
  isMunicipality(code: string): boolean {
    return MUNICIPALITIES.has(code);
  }

  /** The city a division belongs to: itself for a city or a municipality, its parent city for a county. */
  cityOf(code: string): Division | undefined {
    const d = this.codes.get(code);
    if (!d) return undefined;
    if (d.level === 'city' || this.isMunicipality(d.code)) return d;
    if (d.level === 'county' && d.parent) {
      const p = this.codes.get(d.parent);
      return p && (p.level === 'city' || this.isMunicipality(p.code)) ? p : undefined;
    }
    return undefined;
  }

  /** True when `ancestor` is `code` itself or above it. */
  contains(ancestor: string, code: string): boolean {
    for (let d = this.codes.get(code); d; d = d.parent ? this.codes.get(d.parent) : undefined) {
      if (d.code === ancestor) return true;
    }
    return false;
  }

  /** The longest known name (full, former or short) starting at `pos` in `text`. */
  matchAt(text: string, pos: number): { surface: string; surfaces: readonly Surface[] } | undefined {
    let found: TrieNode | undefined;
    let node: TrieNode | undefined = this.trie;
    // Names are BMP Han characters, so UTF-16 units and characters coincide here.
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.surfaces) found = node;
    }
    return found ? { surface: found.surface!, surfaces: found.surfaces! } : undefined;
  }
}
