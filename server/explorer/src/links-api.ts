import { requestGraphQL } from './api';
import {
  COMPARE_PLACES_QUERY,
  COMPARE_TOWNS_QUERY,
  PROJECT_LINKS_QUERY,
  TOWN_LINKS_QUERY,
} from './links-queries';
import type { NodeRef } from './types';

export interface EvidenceView {
  kind: string;
  entity: NodeRef & { name: string };
  documents: { id: string; title: string }[];
  relationships: {
    type: string;
    provenance: { sentence: string; document: { title: string } | null } | null;
  }[];
}

/** One linked town or project, as the links panel lists it. */
export interface LinkView {
  other: NodeRef & { name: string };
  /** For a project: the towns it lies in. */
  towns: (NodeRef & { name: string })[];
  strength: number;
  evidence: EvidenceView[];
}

export interface LinksPage {
  links: LinkView[];
  totalCount: number;
  truncated: boolean;
}

interface TownLinksAnswer {
  townLinks: {
    totalCount: number;
    truncated: boolean;
    links: { town: LinkView['other']; strength: number; evidence: EvidenceView[] }[];
  };
}

interface ProjectLinksAnswer {
  projectLinks: {
    totalCount: number;
    truncated: boolean;
    links: {
      project: LinkView['other'];
      towns: LinkView['towns'];
      strength: number;
      evidence: EvidenceView[];
    }[];
  };
}

/** The towns linked to a town, or the projects in other towns linked to a project. */
export async function fetchLinks(options: {
  id: string;
  kind: 'town' | 'project';
  first: number;
}): Promise<LinksPage> {
  if (options.kind === 'town') {
    const data = await requestGraphQL<TownLinksAnswer>({
      query: TOWN_LINKS_QUERY,
      variables: { town: options.id, first: options.first },
    });
    const { links, totalCount, truncated } = data.townLinks;
    return { totalCount, truncated, links: links.map((l) => ({ ...l, other: l.town, towns: [] })) };
  }
  const data = await requestGraphQL<ProjectLinksAnswer>({
    query: PROJECT_LINKS_QUERY,
    variables: { project: options.id, first: options.first },
  });
  const { links, totalCount, truncated } = data.projectLinks;
  return { totalCount, truncated, links: links.map((l) => ({ ...l, other: l.project })) };
}

/** One town's figures, as compareTowns answers them. */
export interface TownFiguresView {
  town: { id: string; name: string };
  projects: number;
  enterprises: number;
  programmes: number;
  investment: number | null;
  investedProjects: number;
  targets: number;
  indicators: number;
}

export interface ComparisonView {
  totalCount: number;
  truncated: boolean;
  year: number | null;
  place: { id: string; name: string };
  rows: TownFiguresView[];
}

export async function fetchComparison(options: {
  under: string;
  year: number | null;
  first: number;
}): Promise<ComparisonView> {
  const data = await requestGraphQL<{ compareTowns: ComparisonView }>({
    query: COMPARE_TOWNS_QUERY,
    variables: options,
  });
  return data.compareTowns;
}

export interface ComparablePlace {
  id: string;
  name: string;
  kind: 'district' | 'city';
}

/** The districts and cities that have towns in the graph, cities first, each once. */
export async function fetchComparablePlaces(): Promise<ComparablePlace[]> {
  const data = await requestGraphQL<{
    towns: { district: { id: string; name: string } | null; city: { id: string; name: string } | null }[];
  }>({ query: COMPARE_PLACES_QUERY });
  const places = new Map<string, ComparablePlace>();
  for (const town of data.towns) {
    if (town.city) places.set(town.city.id, { ...town.city, kind: 'city' });
  }
  for (const town of data.towns) {
    if (town.district && !places.has(town.district.id))
      places.set(town.district.id, { ...town.district, kind: 'district' });
  }
  return [...places.values()];
}
