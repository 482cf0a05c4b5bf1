import { linkTo } from './card-relations';
import { h, show } from './dom';
import { kindStyle } from './kinds';
import { fetchLinks, type EvidenceView, type LinkView } from './links-api';

/** Links asked for per page; "more" asks for the next page, up to the server's limit. */
export const LINKS_PAGE = 20;
const MAX_LINKS = 100;

export interface LinksPanelOptions {
  container: HTMLElement;
  title: HTMLElement;
  onOpen: (id: string) => void;
  /** Traces the paths between two towns (the open one and a linked one). */
  onTrace: (from: string, to: string) => void;
}

export interface LinksPanel {
  /** Lists the links of the open entity: towns for a town, projects for a project, nothing else. */
  show(entity: { id: string; name: string; kind: string; townKind?: string | null }): Promise<void>;
}

/**
 * Which towns a town is linked to, or which projects in other towns a project is linked
 * to, strongest first, each with the shared programme, enterprise, industry or zone and
 * the documents stating it. A planner finds the links between two towns here without
 * knowing any id, and traces the paths between them in one click.
 */
export function createLinksPanel(options: LinksPanelOptions): LinksPanel {
  const { container } = options;
  let latest = 0;

  const load = async (entity: { id: string; name: string }, kind: 'town' | 'project', first: number) => {
    const ticket = ++latest;
    container.dataset.state = 'loading';
    try {
      const page = await fetchLinks({ id: entity.id, kind, first });
      if (ticket !== latest) return;
      if (page.links.length === 0) {
        show(
          container,
          'empty',
          h('p', { className: 'hint', testId: 'no-links' }, `${entity.name}: no links found.`),
        );
        return;
      }
      const more =
        page.truncated && first < MAX_LINKS
          ? h(
              'button',
              {
                className: 'link',
                testId: 'links-more',
                attrs: { type: 'button' },
                onClick: () => void load(entity, kind, Math.min(MAX_LINKS, first + LINKS_PAGE)),
              },
              `Show more (${page.links.length} of ${page.totalCount})`,
            )
          : null;
      show(
        container,
        'links',
        h(
          'p',
          { className: 'hint', testId: 'links-summary' },
          `${page.totalCount} ${kind === 'town' ? 'towns' : 'projects'} linked to ${entity.name}, strongest first.`,
        ),
        h(
          'ol',
          { className: 'links', testId: 'links-list' },
          ...page.links.map((link) => renderLink({ link, kind, from: entity.id, ...options })),
        ),
        more,
      );
      container.dataset.count = String(page.links.length);
    } catch (error) {
      if (ticket !== latest) return;
      show(
        container,
        'error',
        h('p', { className: 'error', testId: 'links-error' }, `Links could not be loaded: ${message(error)}`),
      );
    }
  };

  return {
    async show(entity) {
      const kind =
        entity.kind === 'Project'
          ? 'project'
          : entity.kind === 'Place' && entity.townKind === 'TOWN'
            ? 'town'
            : null;
      container.dataset.entityId = entity.id;
      if (kind === null) {
        latest += 1;
        options.title.textContent = 'Links across towns 跨镇关联';
        show(
          container,
          'none',
          h('p', { className: 'hint' }, 'Open a town or a project to see its links to other towns.'),
        );
        return;
      }
      options.title.textContent =
        kind === 'town'
          ? `Towns linked to ${entity.name} 关联镇`
          : `Projects in other towns linked to ${entity.name} 关联项目`;
      await load(entity, kind, LINKS_PAGE);
    },
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function renderLink(options: {
  link: LinkView;
  kind: 'town' | 'project';
  from: string;
  onOpen: (id: string) => void;
  onTrace: (from: string, to: string) => void;
}): HTMLElement {
  const { link } = options;
  return h(
    'li',
    { testId: 'link-item', attrs: { 'data-id': link.other.id, 'data-strength': String(link.strength) } },
    h(
      'div',
      { className: 'link-head' },
      linkTo(link.other, options.onOpen),
      link.towns.length > 0
        ? h('span', { className: 'alias' }, link.towns.map((t) => t.name).join('、'))
        : null,
      h('span', { className: 'strength' }, `${link.strength} shared`),
      options.kind === 'town'
        ? h(
            'button',
            {
              className: 'small',
              testId: 'link-trace',
              attrs: { type: 'button' },
              onClick: () => options.onTrace(options.from, link.other.id),
            },
            'Trace paths',
          )
        : null,
    ),
    h('ul', { className: 'evidence' }, ...link.evidence.map((e) => renderEvidence(e, options.onOpen))),
  );
}

function renderEvidence(evidence: EvidenceView, onOpen: (id: string) => void): HTMLElement {
  const style = kindStyle(evidence.entity.__typename);
  const sentences = evidence.relationships.flatMap((r) =>
    r.provenance ? [`${r.provenance.sentence}\n《${r.provenance.document?.title ?? ''}》`] : [],
  );
  return h(
    'li',
    { testId: 'link-evidence', attrs: { 'data-kind': evidence.kind, title: sentences.join('\n\n') } },
    h(
      'span',
      { className: 'badge', attrs: { style: `background:${style.colour}` } },
      `${style.chinese} ${style.title}`,
    ),
    ' ',
    linkTo(evidence.entity, onOpen),
    h(
      'span',
      { className: 'docs', testId: 'link-documents' },
      ...evidence.documents.map((d) => h('span', { className: 'doc' }, `《${d.title}》`)),
    ),
  );
}
