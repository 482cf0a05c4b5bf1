/**
 * What each GraphQL object type's resolvers receive as their parent: the values the
 * resolvers of the field above return. GraphQL Code Generator maps the SDL's types to
 * these (codegen.ts), so the generated resolver types check every resolver against both
 * the schema and these shapes.
 */
import type {
  CypherResult,
  DeleteResult,
  GraphPath,
  LoadResult,
  SearchHit,
  StoredNode,
  StoredRelationship,
  Subgraph,
} from '../store/graph-store';
import type { TownComparisonValue, TownFiguresValue } from './compare-towns';
import type { Connection } from './connection';
import type { LinkEvidenceValue } from './link-evidence';
import type { OutcomeValue } from './outcome-loader';
import type { MetricValue, ScorecardValue } from './outcomes';
import type { ProjectLinksValue, ProjectLinkValue } from './project-links';
import type { ProvenanceValue } from './relationship';
import type { SharedValue } from './shared';
import type { KindCount, StatsRoot } from './stats';
import type { TimelinePointValue, TimelineValue } from './timeline';
import type { TownLinksValue, TownLinkValue } from './town-links';

export type NodeConnection = Connection<StoredNode>;
export type NodeEdge = NodeConnection['edges'][number];
export type PageInfoValue = NodeConnection['pageInfo'];
export type LoadResultValue = Omit<LoadResult, 'status'> & { status: string };
export interface DocumentQualityValue {
  flags: string[];
  spam: string[];
  restored: string[];
}
export interface PlaceStatsValue {
  place: StoredNode;
  counts: KindCount[];
}
export interface ScorecardEntryValue {
  target: StoredNode;
  outcome: OutcomeValue;
}

export type CypherResultValue = CypherResult;
export type DeleteResultValue = DeleteResult;
export type SearchHitValue = SearchHit;
export type KindCountValue = KindCount;

export type {
  GraphPath,
  LinkEvidenceValue,
  MetricValue,
  OutcomeValue,
  ProjectLinksValue,
  ProjectLinkValue,
  ProvenanceValue,
  ScorecardValue,
  SharedValue,
  StatsRoot,
  StoredNode,
  StoredRelationship,
  Subgraph,
  TimelinePointValue,
  TimelineValue,
  TownComparisonValue,
  TownFiguresValue,
  TownLinksValue,
  TownLinkValue,
};
