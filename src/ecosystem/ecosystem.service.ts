// The ecosystem: organisations tied by co-mentions, shared events and shared projects, and the
// countries the cluster works with.
import type { OrganisationKind } from '../db/tables/organisation.table.js';
import type { EcosystemRepository, GraphNodeRow, TieRow } from './ecosystem.repository.js';
import { layoutGraph, separateBoxes, type Point } from './graph-layout.js';

/** The cluster's own country, left out of "countries we cooperate with". */
export const clusterCountry = 'BE';

export const graphSize = { width: 1000, height: 720 };

/** Width of one character of a 13 px bold label, rounded up, for keeping labels apart. */
const labelCharWidth = 8.4;

/** Radius of a node's circle: grows with its number of ties. */
export function nodeRadius(degree: number): number {
  return Math.round((9 + 2.5 * Math.sqrt(degree)) * 10) / 10;
}

/** A node's label: the acronym, else the name, shortened past 24 characters. */
export function nodeLabel(node: { name: string; acronym: string | null }): string {
  if (node.acronym) return node.acronym;
  return node.name.length > 24 ? `${node.name.slice(0, 22).trimEnd()}…` : node.name;
}

export interface GraphNode extends GraphNodeRow, Point {
  degree: number;
}

export interface GraphEdge {
  a: string;
  b: string;
  /** Sum of the three kinds of ties. */
  weight: number;
  articles: number;
  events: number;
  projects: number;
}

export interface EcosystemGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  kinds: OrganisationKind[];
}

export interface CountryCooperation {
  country: string;
  events: number;
  projects: number;
  articles: number;
}

export interface EcosystemServiceDeps {
  ecosystem: EcosystemRepository;
  now: () => Date;
}

export function ecosystemService(deps: EcosystemServiceDeps) {
  const { ecosystem } = deps;
  return {
    /** The graph of organisations in the filter, laid out for an SVG of `graphSize`. */
    async getGraph(filter: { sectorId?: string; country?: string }): Promise<EcosystemGraph> {
      const [rows, mentions, events, projects] = await Promise.all([
        ecosystem.listGraphNodes(filter),
        ecosystem.listCoMentions(deps.now().toISOString()),
        ecosystem.listSharedEvents(),
        ecosystem.listSharedProjects(),
      ]);
      const inFilter = new Set(rows.map((r) => r.id));
      const edges = new Map<string, GraphEdge>();
      const add = (ties: TieRow[], field: 'articles' | 'events' | 'projects') => {
        for (const t of ties) {
          if (!inFilter.has(t.a) || !inFilter.has(t.b) || t.a === t.b) continue;
          const [a, b] = t.a < t.b ? [t.a, t.b] : [t.b, t.a];
          const key = `${a}|${b}`;
          const edge = edges.get(key) ?? { a, b, weight: 0, articles: 0, events: 0, projects: 0 };
          edge[field] += t.n;
          edge.weight += t.n;
          edges.set(key, edge);
        }
      };
      add(mentions, 'articles');
      add(events, 'events');
      add(projects, 'projects');
      const edgeList = [...edges.values()].sort(
        (x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
      );
      const degree = new Map<string, number>();
      for (const e of edgeList) {
        degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
        degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
      }
      const ids = rows.map((r) => r.id).sort();
      const positions = layoutGraph(ids, edgeList, graphSize.width, graphSize.height);
      separateBoxes(
        positions,
        rows.map((r) => ({
          id: r.id,
          r: nodeRadius(degree.get(r.id) ?? 0),
          labelWidth: nodeLabel(r).length * labelCharWidth,
        })),
        graphSize.width,
        graphSize.height,
      );
      const nodes = rows.map((r) => ({
        ...r,
        ...positions.get(r.id)!,
        degree: degree.get(r.id) ?? 0,
      }));
      const kinds = [...new Set(nodes.map((n) => n.kind))].sort();
      return { nodes, edges: edgeList, kinds };
    },

    async listOrganisationCountries(): Promise<string[]> {
      return ecosystem.listOrganisationCountries();
    },

    /** Countries other than the cluster's, with their events, projects and articles. */
    async listCountries(): Promise<CountryCooperation[]> {
      const [events, projects, articles] = await Promise.all([
        ecosystem.countEventsByCountry(),
        ecosystem.countProjectsByCountry(),
        ecosystem.countArticlesByCountry(deps.now().toISOString()),
      ]);
      const byCountry = new Map<string, CountryCooperation>();
      const get = (country: string) => {
        const row = byCountry.get(country) ?? { country, events: 0, projects: 0, articles: 0 };
        byCountry.set(country, row);
        return row;
      };
      for (const r of events) get(r.country).events = r.n;
      for (const r of projects) get(r.country).projects = r.n;
      for (const r of articles) get(r.country).articles = r.n;
      return [...byCountry.values()]
        .filter((c) => c.country !== clusterCountry)
        .sort(
          (x, y) =>
            y.events + y.projects + y.articles - (x.events + x.projects + x.articles) ||
            x.country.localeCompare(y.country),
        );
    },
  };
}

export type EcosystemService = ReturnType<typeof ecosystemService>;
