import type { StoredRelationship } from '../store/graph-store';
import { compareTowns } from './compare-towns';
import type { RequestContext } from './context';
import { kindOfLabel } from './document';
import { loadPresent } from './graph-walk';
import { documentIdsOf, type LinkEvidenceValue } from './link-evidence';
import { projectLinks, type ProjectLinkValue } from './project-links';
import { boundedFirst, townLinks, type TownLinkValue } from './town-links';
import type { ResolverMap } from './types';

type Ctx = RequestContext;
type FirstArgs = { first?: number | null };

function evidence(link: { evidence: LinkEvidenceValue[] }, args: FirstArgs, ctx: Ctx): LinkEvidenceValue[] {
  return link.evidence.slice(0, boundedFirst(args.first, ctx));
}

/** Links across towns and projects, and the comparison of towns: new Query fields and their types. */
export const linkResolvers: ResolverMap = {
  Query: { townLinks, projectLinks, compareTowns },
  TownLink: {
    town: (link: TownLinkValue) => link.other,
    strength: (link: TownLinkValue) => link.evidence.length,
    documentCount: (link: TownLinkValue) =>
      new Set(link.evidence.flatMap((e) => documentIdsOf(e.relationships))).size,
    evidence,
  },
  ProjectLink: {
    project: (link: ProjectLinkValue) => link.other,
    strength: (link: ProjectLinkValue) => link.evidence.length,
    evidence,
  },
  LinkEvidence: {
    kind: (value: LinkEvidenceValue) => kindOfLabel(value.entity.label),
    documents: (value: LinkEvidenceValue, _args: unknown, ctx: Ctx) =>
      loadPresent(ctx.loaders, documentIdsOf(value.relationships).sort()),
    relationships: (value: LinkEvidenceValue, args: FirstArgs, ctx: Ctx): StoredRelationship[] =>
      value.relationships.slice(0, boundedFirst(args.first, ctx, 5)),
  },
};
