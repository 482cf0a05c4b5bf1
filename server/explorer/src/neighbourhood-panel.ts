import { fetchNeighbourhood } from './explorer-api';
import { createGraphView, type DrawnEdge, type DrawnNode, type GraphView } from './graph-view';
import { renderLegend } from './legend';
import { groupNeighbourhood, shownIds } from './neighbourhood-groups';
import { nodeName } from './types';

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
  const view = createGraphView({ container: options.graph, onNodeClick: options.onOpen });
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
    const nodes = loaded.nodes.filter((n) => ids.has(n.id));
    const edges = loaded.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
    // Type labels on a dense drawing hide the nodes; they stay readable on hover.
    view.draw({ nodes, edges, focusIds: [id], layout: 'force', edgeLabels: edges.length <= 12 });
    options.graph.dataset.totalCount = String(loaded.nodes.length);
    renderLegend({
      container: options.legend,
      groups,
      topN: TOP_PER_KIND,
      onToggle: (kind, shown) => view.setKindShown(kind, shown),
      onExpand: (kind, expand) => {
        if (expand) expanded.add(kind);
        else expanded.delete(kind);
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
