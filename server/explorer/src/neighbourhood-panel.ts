import { fetchNeighbourhood } from './explorer-api';
import { createGraphView, type DrawnEdge, type DrawnNode, type GraphView } from './graph-view';
import { renderLegend } from './legend';
import { kindStyle } from './kinds';
import { groupNeighbourhood, shownIds, type KindGroup } from './neighbourhood-groups';
import { nodeName } from './types';

/** Kind of the drawn nodes that stand for a group of neighbours rather than an entity. */
export const GROUP_KIND = 'Group';
const GROUP_PREFIX = 'group:';

/** Neighbours drawn per kind before the kind is expanded: enough to see, few enough to read. */
export const TOP_PER_KIND = 8;

export interface NeighbourhoodPanelOptions {
  graph: HTMLElement;
  legend: HTMLElement;
  depth: HTMLSelectElement;
  onOpen: (id: string) => void;
  onError: (error: unknown) => void;
}

export interface NeighbourhoodPanel {
  view: GraphView;
  /** Draws the surroundings of this entity at the selected depth. */
  show(id: string): Promise<void>;
}

/**
 * The neighbourhood drawing: the open entity, and the best-connected few neighbours of each
 * kind, each kind expandable to all of its members; redrawn when another entity opens,
 * the depth changes or a kind is expanded.
 */
export function createNeighbourhoodPanel(options: NeighbourhoodPanelOptions): NeighbourhoodPanel {
  const view = createGraphView({
    container: options.graph,
    // A group's node expands or folds its kind; an entity's opens its card.
    onNodeClick: (id) => {
      if (!id.startsWith(GROUP_PREFIX)) return options.onOpen(id);
      const kind = id.slice(GROUP_PREFIX.length);
      if (expanded.has(kind)) expanded.delete(kind);
      else expanded.add(kind);
      if (centre) redraw(centre);
    },
  });
  let centre: string | null = null;
  let loaded: { nodes: DrawnNode[]; edges: DrawnEdge[] } | null = null;
  const expanded = new Set<string>();
  // Only the answer to the latest request is drawn; an earlier, slower one is dropped.
  let latest = 0;

  const redraw = (id: string): void => {
    if (!loaded) return;
    const groups = groupNeighbourhood({
      nodes: loaded.nodes,
      edges: loaded.edges,
      centreId: id,
      topN: TOP_PER_KIND,
      expanded,
    });
    const ids = shownIds(id, groups);
    const { nodes, edges } = groupedDrawing({ centre: id, groups, ids, loaded });
    // Type labels on a dense drawing hide the nodes; they stay readable on hover.
    view.draw({ nodes, edges, focusIds: [id], layout: 'force', edgeLabels: edges.length <= 12 });
    options.graph.dataset.totalCount = String(loaded.nodes.length);
    options.graph.dataset.entityCount = String(ids.size);
    renderLegend({
      container: options.legend,
      groups,
      topN: TOP_PER_KIND,
      onToggle: (kind, shown) => {
        view.cy.getElementById(`${GROUP_PREFIX}${kind}`).style('display', shown ? 'element' : 'none');
        view.setKindShown(kind, shown);
      },
      onExpand: (kind, expand) => {
        if (expand) expanded.add(kind);
        else expanded.delete(kind);
        redraw(id);
      },
      onExpandAll: (expand) => {
        expanded.clear();
        if (expand) for (const group of groups) expanded.add(group.kind);
        redraw(id);
      },
    });
  };

  const show = async (id: string): Promise<void> => {
    if (id !== centre) expanded.clear();
    centre = id;
    const ticket = ++latest;
    const depth = Number(options.depth.value) || 1;
    options.graph.dataset.state = 'loading';
    try {
      const subgraph = await fetchNeighbourhood(id, depth);
      if (ticket !== latest) return;
      loaded = {
        nodes: subgraph.nodes.map((n) => ({ id: n.id, kind: n.__typename, name: nodeName(n) })),
        edges: subgraph.relationships.map((r) => ({ id: r.id, type: r.type, from: r.from.id, to: r.to.id })),
      };
      options.graph.dataset.centre = id;
      options.graph.dataset.depth = String(depth);
      redraw(id);
    } catch (error) {
      if (ticket === latest) {
        view.draw({ nodes: [], edges: [] });
        options.graph.dataset.state = 'error';
        options.graph.dataset.errorText = `The neighbourhood could not be loaded: ${
          error instanceof Error ? error.message : String(error)
        }`;
      }
      options.onError(error);
    }
  };
  options.depth.addEventListener('change', () => {
    if (centre) void show(centre);
  });
  return { view, show };
}

/**
 * The drawing of a grouped neighbourhood: each kind hangs on a node of its own (项目 Project
 * 8/43) between the centre and its members, so that the members of a kind sit together
 * and the kind's name is written once. The centre's own relationships are drawn through
 * the group (the card lists them with their evidence); relationships among the
 * neighbours are drawn as they are.
 */
function groupedDrawing(options: {
  centre: string;
  groups: readonly KindGroup[];
  ids: ReadonlySet<string>;
  loaded: { nodes: DrawnNode[]; edges: DrawnEdge[] };
}): { nodes: DrawnNode[]; edges: DrawnEdge[] } {
  const { centre, groups, ids, loaded } = options;
  const nodes = loaded.nodes.filter((n) => ids.has(n.id));
  const edges = loaded.edges.filter(
    (e) => ids.has(e.from) && ids.has(e.to) && e.from !== centre && e.to !== centre,
  );
  for (const group of groups) {
    const style = kindStyle(group.kind);
    const hub = `${GROUP_PREFIX}${group.kind}`;
    nodes.push({
      id: hub,
      kind: GROUP_KIND,
      name: `${style.chinese} ${style.title} ${group.shown}/${group.ranked.length}`,
      colour: style.colour,
    });
    edges.push({ id: `${hub}|centre`, type: '', from: centre, to: hub });
    for (const member of group.ranked.slice(0, group.shown))
      edges.push({ id: `${hub}|${member.id}`, type: '', from: hub, to: member.id });
  }
  return { nodes, edges };
}
