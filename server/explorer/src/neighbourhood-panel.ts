import { fetchNeighbourhood } from './explorer-api';
import { createGraphView, type GraphView } from './graph-view';
import { renderLegend } from './legend';
import { nodeName } from './types';

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

/** The neighbourhood drawing: redrawn when another entity opens or the depth changes. */
export function createNeighbourhoodPanel(options: NeighbourhoodPanelOptions): NeighbourhoodPanel {
  const view = createGraphView({ container: options.graph, onNodeClick: options.onOpen });
  let centre: string | null = null;
  // Only the answer to the latest request is drawn; an earlier, slower one is dropped.
  let latest = 0;
  const show = async (id: string): Promise<void> => {
    centre = id;
    const ticket = ++latest;
    const depth = Number(options.depth.value) || 1;
    options.graph.dataset.state = 'loading';
    try {
      const subgraph = await fetchNeighbourhood(id, depth);
      if (ticket !== latest) return;
      const nodes = subgraph.nodes.map((n) => ({ id: n.id, kind: n.__typename, name: nodeName(n) }));
      const edges = subgraph.relationships.map((r) => ({
        id: r.id,
        type: r.type,
        from: r.from.id,
        to: r.to.id,
      }));
      // Type labels on a dense drawing hide the nodes; they stay readable on hover.
      view.draw({ nodes, edges, focusIds: [id], layout: 'rings', edgeLabels: edges.length <= 12 });
      options.graph.dataset.centre = id;
      options.graph.dataset.depth = String(depth);
      renderLegend({
        container: options.legend,
        nodes,
        onToggle: (kind, shown) => view.setKindShown(kind, shown),
      });
    } catch (error) {
      if (ticket === latest) options.graph.dataset.state = 'error';
      options.onError(error);
    }
  };
  options.depth.addEventListener('change', () => {
    if (centre) void show(centre);
  });
  return { view, show };
}
