import { Gazetteer, GazetteerMissingError, type Division } from '../../gazetteer';
import { compareNames } from '../group';
import { levelKind, type EntryFacts, type PlaceLevel } from './facts';
import type { PlaceNode } from './types';

interface Node {
  name: string;
  level: PlaceLevel;
  documents: number;
  children: Map<string, Node>;
}

/** Province → city → county document counts, filled one entry at a time. */
export class PlacesAccumulator {
  private readonly top = new Map<string, Node>();

  add(f: EntryFacts): void {
    let children = this.top;
    for (let i = 0; i < f.levels.length; i++) {
      const name = f.levels[i];
      let node = children.get(name);
      if (!node) children.set(name, (node = { name, level: levelKind(f, i), documents: 0, children: new Map() }));
      node.documents++;
      children = node.children;
    }
  }

  finish(): PlaceNode[] {
    const gazetteer = loadGazetteer();
    return sortedNodes(this.top, gazetteer, undefined);
  }
}

function sortedNodes(nodes: Map<string, Node>, g: Gazetteer | undefined, parent: Division | undefined): PlaceNode[] {
  return [...nodes.values()]
    .sort((a, b) => b.documents - a.documents || compareNames(a.name, b.name))
    .map((n) => {
      const division = g && resolve(g, n, parent);
      const out: PlaceNode = { name: n.name, level: n.level, documents: n.documents, children: sortedNodes(n.children, g, division) };
      if (division) out.code = division.code;
      return out;
    });
}

/**
 * The division a tree node names, looked up among the children of its parent's division so that the
 * many same-named counties (朝阳区, 鼓楼区) resolve to the right one; nothing when the name is not in
 * the gazetteer or not unambiguous there. A name may be a former one (襄樊市 in an old report).
 */
function resolve(g: Gazetteer, n: Node, parent: Division | undefined): Division | undefined {
  const pool = n.level === 'province' ? g.lookup(n.name).filter((d) => d.level === 'province') : parent ? g.children(parent.code) : [];
  const current = pool.filter((d) => d.name === n.name);
  const candidates = current.length ? current : pool.filter((d) => d.former?.includes(n.name));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Codes are an extra for a map: a build without the generated table (it is git-ignored) still gets
 * the counts, only without codes.
 */
function loadGazetteer(): Gazetteer | undefined {
  try {
    return Gazetteer.load();
  } catch (err) {
    if (err instanceof GazetteerMissingError) return undefined;
    throw err;
  }
}
