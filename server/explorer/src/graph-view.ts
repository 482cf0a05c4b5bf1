import cytoscape from 'cytoscape';
import { kindStyle } from './kinds';

/** What the page draws: entities and the relationships among them, kind-agnostic. */
export interface DrawnNode {
  id: string;
  kind: string;
  name: string;
}

export interface DrawnEdge {
  id: string;
  type: string;
  from: string;
  to: string;
}

export interface DrawOptions {
  nodes: readonly DrawnNode[];
  edges: readonly DrawnEdge[];
  /** Node drawn larger and outlined: the open entity, or a path's ends. */
  focusIds?: readonly string[];
  /** 'cose' spreads a neighbourhood; 'breadthfirst' lays paths out from their start. */
  layout?: 'cose' | 'breadthfirst';
}

export interface GraphView {
  readonly cy: cytoscape.Core;
  draw(options: DrawOptions): void;
}

export interface GraphViewOptions {
  container: HTMLElement;
  onNodeClick?: (id: string) => void;
}

const MAX_LABEL = 12;

/**
 * A cytoscape canvas that redraws on demand. After each draw the container carries
 * `data-node-count`, `data-edge-count` and `data-state="drawn"`, so that what the canvas
 * shows can be read back without reading pixels.
 */
export function createGraphView(options: GraphViewOptions): GraphView {
  const cy = cytoscape({
    container: options.container,
    style: GRAPH_STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (event) => options.onNodeClick?.(String(event.target.id())));
  const draw = (drawOptions: DrawOptions): void => {
    const ids = new Set(drawOptions.nodes.map((n) => n.id));
    const focus = new Set(drawOptions.focusIds ?? []);
    cy.elements().remove();
    cy.add([
      ...drawOptions.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, kind: n.kind, label: shorten(n.name), colour: kindStyle(n.kind).colour },
        classes: focus.has(n.id) ? 'focus' : '',
      })),
      ...drawOptions.edges
        .filter((e) => ids.has(e.from) && ids.has(e.to))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.from, target: e.to, type: e.type } })),
    ]);
    const roots = cy.nodes('.focus');
    cy.layout(
      drawOptions.layout === 'breadthfirst'
        ? { name: 'breadthfirst', directed: false, roots: roots.length > 0 ? roots : undefined, animate: false, padding: 24, spacingFactor: 1.1 }
        : { name: 'cose', animate: false, padding: 24, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false },
    ).run();
    cy.fit(undefined, 24);
    options.container.dataset.nodeCount = String(cy.nodes().length);
    options.container.dataset.edgeCount = String(cy.edges().length);
    options.container.dataset.state = cy.nodes().length > 0 ? 'drawn' : 'empty';
  };
  return { cy, draw };
}

function shorten(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 11,
      'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#cbd5e1',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 8,
      color: '#64748b',
      'text-rotation': 'autorotate',
    },
  },
];
