import type { CorpusLexicon } from '../corpus/lexicon';
import type { DocumentContext, ExtractedFacts, ReadDocument } from '../types';
import { corpusNameMentions, namedByCorpus } from './corpus-names';
import { extractEnterprises } from './enterprises';
import { extractIndicators } from './indicators';
import { extractIndustries } from './industries';
import { extractInstitutions } from './institutions';
import { extractPeople } from './people';
import { extractPlaces } from './places';
import { extractProgrammes } from './programmes';
import { extractProjects } from './projects';
import { withCompanyBrands } from './project-brands';
import { extractRelations } from './relations';
import { extractTargets } from './targets';
import { extractZones } from './zones';

export type { DocumentContext, ExtractedFacts } from '../types';

function merge(...parts: readonly ExtractedFacts[]): ExtractedFacts {
  const entities: ExtractedFacts['entities'] = [];
  const relations: ExtractedFacts['relations'] = [];
  // push per item: flatMap builds an array per part, and spreading a long part into push
  // can overflow the stack.
  for (const part of parts) {
    for (const entity of part.entities) entities.push(entity);
    for (const relation of part.relations) relations.push(relation);
  }
  return { entities, relations };
}

/** Year of publication, for 今年 / 明年. */
function referenceYear(doc: ReadDocument): number | null {
  const year = doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

/**
 * The extract stage: places first (every other extractor attaches what it finds to them),
 * then the named entities, then the figures (which need to know the subjects already
 * found), then the relations among everything.
 */
export function extractFacts(doc: ReadDocument, options: ExtractOptions = {}): ExtractedFacts {
  return extractWithContext(doc, options).facts;
}

export interface ExtractOptions {
  /** Names learnt from the rest of the corpus, recognised in this document too. */
  lexicon?: CorpusLexicon;
}

/** Projects and enterprises, a project's name taking back a company's brand cut from it. */
function projectsAndCompanies(ctx: DocumentContext): ExtractedFacts[] {
  const companies = extractEnterprises(ctx);
  const projects = extractProjects(ctx);
  const entities = withCompanyBrands(projects.entities, companies.entities, ctx.doc.text);
  return [{ entities, relations: projects.relations }, companies];
}

/** The facts of a document together with the context they were found in (its places). */
export function extractWithContext(
  doc: ReadDocument,
  options: ExtractOptions = {},
): { facts: ExtractedFacts; context: DocumentContext } {
  const places = extractPlaces(doc);
  const ctx: DocumentContext = {
    doc,
    places: places.context,
    referenceYear: referenceYear(doc),
    lexicon: options.lexicon,
  };
  const own = namedByCorpus(
    ctx,
    merge(
      places.facts,
      extractZones(ctx),
      ...projectsAndCompanies(ctx),
      extractInstitutions(ctx),
      extractProgrammes(ctx),
      extractPeople(ctx),
      extractIndustries(ctx),
    ),
  );
  // The corpus's names come after the document's own, which take precedence where they meet.
  const named = merge(own, { entities: corpusNameMentions(ctx, own.entities), relations: [] });
  const targets = extractTargets(ctx, named);
  const withTargets = merge(named, targets);
  const indicators = extractIndicators(ctx, withTargets);
  const known = merge(withTargets, indicators);
  return { facts: merge(known, extractRelations(ctx, known)), context: ctx };
}
