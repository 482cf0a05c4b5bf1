import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { kindRank, kindStyle } from './kinds';
import { GRAPH_STYLE } from './graph-style';
import { assignRings } from './ring-layout';

/** What the page draws: entities and the relationships among them, kind-agnostic. */
export interface DrawnNode {
  id: string;
  kind: string;
  name: string;
  /** Colour when not the kind's own (a group node takes its members' colour). */
  colour?: string;
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
  /**
   * 'force' spreads the drawing with a force-directed layout (fCoSE), so that linked
   * entities sit together; 'rings' puts the focus in the middle and each further hop on a
   * wider ring; 'levels' lays paths out top to bottom from the first focus node.
   */
  layout?: 'force' | 'rings' | 'levels';
  /** Write each relationship's type on its edge. Default: true. */
  edgeLabels?: boolean;
}

export interface GraphView {
  readonly cy: cytoscape.Core;
  draw(options: DrawOptions): void;
  /** Hides or shows every node of a kind (and so its edges), and refits the drawing. */
  setKindShown(kind: string, shown: boolean): void;
}

export interface GraphViewOptions {
  container: HTMLElement;
  onNodeClick?: (id: string) => void;
}

const MAX_LABEL = 12;
const MAX_FIT_ZOOM = 1.3;
/** Zoom at which 11 px labels stay over cytoscape's 7 px floor, with a margin. */
const MIN_READABLE_ZOOM = 0.7;
/**
 * Past this many nodes fCoSE's refinement costs seconds (it regrows stars of hundreds of
 * leaves one by one): a grouped neighbourhood is then laid out group by group, and any
 * other drawing keeps fCoSE's spectral pass ('draft') with its leaves fanned out.
 */
const LARGE_LAYOUT_NODES = 250;
/** Elements past which hovering lights the neighbours without fading the rest. */
const FADE_LIMIT = 1500;

cytoscape.use(fcose);

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
    // While the user drags or zooms, a snapshot of the drawing moves instead of thousands of
    // elements being redrawn each frame; the full drawing returns when the hand stops.
    textureOnViewport: true,
  });
  cy.on('tap', 'node', (event) => options.onNodeClick?.(String(event.target.id())));
  // Labels are shortened and edge types hidden on dense drawings; hovering shows them in full.
  cy.on('mouseover', 'node, edge', (event) => void event.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (event) => void event.target.removeClass('hover'));
  // Hovering a node lights its relationships and neighbours and fades the rest, so which
  // projects hang on which enterprise can be read even in a crowded drawing.
  cy.on('mouseover', 'node', (event) => {
    const node = event.target as cytoscape.NodeSingular;
    cy.batch(() => {
      // Fading restyles every element: on a large drawing only the lit ones change.
      if (cy.elements().length <= FADE_LIMIT) cy.elements().addClass('faded');
      const near = node.closedNeighborhood();
      // A neighbour drawn through its kind's group is lit up to the centre.
      const viaGroups = near
        .nodes('.group')
        .connectedEdges()
        .filter((e) => e.source().hasClass('focus'));
      near.union(viaGroups).union(viaGroups.sources()).removeClass('faded').addClass('lit');
    });
    options.container.dataset.hovered = node.id();
  });
  const unlight = (): void => {
    cy.batch(() => void cy.elements('.faded, .lit').removeClass('faded lit'));
    delete options.container.dataset.hovered;
  };
  cy.on('mouseout', 'node', unlight);
  // Leaving the canvas fast from a node sends cytoscape no mouseout.
  options.container.addEventListener('mouseleave', unlight);
  const draw = (drawOptions: DrawOptions): void => {
    const ids = new Set(drawOptions.nodes.map((n) => n.id));
    const focus = new Set(drawOptions.focusIds ?? []);
    cy.elements().remove();
    cy.add([
      ...drawOptions.nodes.map((n) => ({
        group: 'nodes' as const,
        data: {
          id: n.id,
          kind: n.kind,
          name: n.name,
          label: n.kind === 'Group' ? n.name : shorten(n.name),
          // A group's box fits its label: CJK characters are about one em, Latin ones half.
          width: n.kind === 'Group' ? labelWidth(n.name) : undefined,
          colour: n.colour ?? kindStyle(n.kind).colour,
        },
        classes: [focus.has(n.id) ? 'focus' : '', n.kind === 'Group' ? 'group' : ''].join(' ').trim(),
      })),
      ...onePerFact(drawOptions.edges)
        .filter((e) => ids.has(e.from) && ids.has(e.to))
        .map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.from, target: e.to, type: e.type },
          classes: e.type === '' ? 'grouping' : '',
        })),
    ]);
    cy.edges().toggleClass('labelled', drawOptions.edgeLabels ?? true);
    const first = drawOptions.focusIds?.[0];
    const root = first === undefined ? cy.collection() : cy.getElementById(first);
    if (drawOptions.layout === 'force') {
      const many = cy.nodes().length > LARGE_LAYOUT_NODES;
      const grouped = root.nonempty() && cy.nodes('.group').nonempty();
      if (many && grouped) layoutGroups(cy, root);
      else
        cy.layout({
          name: 'fcose',
          quality: many ? 'draft' : 'default',
          randomize: true,
          animate: false,
          padding: 24,
          nodeSeparation: 60,
          // Groups stand well apart from the centre; their members gather close around them.
          idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.source().hasClass('focus') ? 120 : 50),
          nodeRepulsion: () => 6000,
          // Tiling the unconnected nodes into rows takes most of the time of a large drawing.
          tile: !many,
        } as cytoscape.LayoutOptions).run();
      if (many && !grouped) spreadLeaves(cy);
    } else if (drawOptions.layout === 'levels') {
      cy.layout({
        name: 'breadthfirst',
        directed: false,
        // cytoscape takes a collection here; its typings admit only selectors.
        roots: (root.nonempty() ? root : undefined) as unknown as string[] | undefined,
        animate: false,
        padding: 24,
        spacingFactor: 1.1,
      }).run();
    } else {
      // Hops from the focus, measured on the drawn edges whichever way they point.
      const hops = new Map<string, number>();
      if (root.nonempty())
        cy.elements().bfs({
          root,
          directed: false,
          visit: (node, _edge, _prev, _i, depth) => void hops.set(node.id(), depth),
        });
      const { order, ring } = assignRings({ nodes: drawOptions.nodes, hops, kindRank });
      const outer = Math.max(0, ...ring.values()) + 1;
      const position = new Map(order.map((id, index) => [id, index]));
      cy.layout({
        name: 'concentric',
        concentric: (node) => outer - (ring.get(node.id()) ?? outer),
        levelWidth: () => 1,
        // Within a ring, kinds stay together in the order assignRings gave.
        sort: (a, b) => (position.get(a.id()) ?? 0) - (position.get(b.id()) ?? 0),
        minNodeSpacing: 40,
        animate: false,
        padding: 24,
      }).run();
    }
    cy.fit(undefined, 24);
    // A drawing of three nodes would otherwise fill the canvas with giant labels.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    // A drawing a planner can read all of opens at a zoom where its labels show (cytoscape
    // drops text under 7 px), around the focus; the edges of it may need a pan. A larger
    // drawing opens whole, as an overview.
    if (cy.nodes().length <= LARGE_LAYOUT_NODES && cy.zoom() < MIN_READABLE_ZOOM) {
      cy.zoom(MIN_READABLE_ZOOM);
      cy.center(root.nonempty() ? root : undefined);
    }
    options.container.dataset.nodeCount = String(cy.nodes().length);
    options.container.dataset.edgeCount = String(cy.edges().length);
    options.container.dataset.state = cy.nodes().length > 0 ? 'drawn' : 'empty';
  };
  const countVisible = (): void => {
    options.container.dataset.visibleNodeCount = String(cy.nodes(':visible').length);
  };
  const setKindShown = (kind: string, shown: boolean): void => {
    cy.nodes()
      .filter((node) => node.data('kind') === kind)
      .style('display', shown ? 'element' : 'none');
    cy.fit(cy.elements(':visible'), 24);
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
    countVisible();
  };
  const drawAndCount = (drawOptions: DrawOptions): void => {
    draw(drawOptions);
    countVisible();
  };
  return { cy, draw: drawAndCount, setKindShown };
}

/** Distance between neighbouring leaves on a ring, and between rings. */
const LEAF_SPACING = 30;

/** Positions on rings around a point, LEAF_SPACING apart; the outer radius is returned. */
function placeOnRings(nodes: cytoscape.NodeCollection, centre: cytoscape.Position): number {
  let placed = 0;
  let radius = 0;
  for (let ring = 1; placed < nodes.length; ring += 1) {
    radius = LEAF_SPACING * (ring + 0.5);
    const count = Math.min(Math.floor((2 * Math.PI * radius) / LEAF_SPACING), nodes.length - placed);
    for (let i = 0; i < count; i += 1) {
      const angle = (2 * Math.PI * i) / count + ring * 0.4;
      nodes[placed + i]?.position({
        x: centre.x + radius * Math.cos(angle),
        y: centre.y + radius * Math.sin(angle),
      });
    }
    placed += count;
  }
  return radius;
}

/** How far rings of this many nodes reach (as placeOnRings lays them). */
function ringsRadius(count: number): number {
  let placed = 0;
  let radius = LEAF_SPACING;
  for (let ring = 1; placed < count; ring += 1) {
    radius = LEAF_SPACING * (ring + 0.5);
    placed += Math.floor((2 * Math.PI * radius) / LEAF_SPACING);
  }
  return radius;
}

/**
 * A large grouped neighbourhood, laid out without forces: the groups on a circle around
 * the centre, each wide enough for its members, and the members on rings around their
 * group. Linear in the nodes, where a force layout takes seconds on stars of hundreds.
 */
function layoutGroups(cy: cytoscape.Core, root: cytoscape.NodeSingular): void {
  const groups = cy.nodes('.group');
  const sizes = groups.map((g) => ringsRadius(g.neighborhood().nodes().difference(root).length) + 40);
  const circumference = sizes.reduce((sum, r) => sum + 2 * r, 0);
  const radius = Math.max(circumference / (2 * Math.PI), Math.max(...sizes) + 120);
  cy.batch(() => {
    root.position({ x: 0, y: 0 });
    let along = 0;
    groups.forEach((group, index) => {
      const size = sizes[index] ?? 0;
      const angle = ((along + size) / circumference) * 2 * Math.PI;
      along += 2 * size;
      const centre = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
      group.position(centre);
      placeOnRings(group.neighborhood().nodes().difference(root), centre);
    });
  });
}

/**
 * Puts the leaves of each node (neighbours with no other relationship) on rings around
 * it: the spectral layout gives all leaves of a star the same spot.
 */
function spreadLeaves(cy: cytoscape.Core): void {
  cy.batch(() => {
    cy.nodes().forEach((parent) => {
      if (parent.degree(false) < 2) return;
      const leaves = parent
        .neighborhood()
        .nodes()
        .filter((n) => n.degree(false) === 1);
      if (leaves.length < 2) return;
      placeOnRings(leaves, parent.position());
    });
  });
}

/**
 * One edge per fact: when several documents state that a town takes part in a programme,
 * the graph holds one relationship per document, and drawn side by side they fan out into
 * petals that hide the nodes. The card lists each with its sentence.
 */
function onePerFact(edges: readonly DrawnEdge[]): DrawnEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const key = `${e.type}|${e.from}|${e.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function labelWidth(text: string): number {
  let ems = 0;
  for (const char of text) ems += char.charCodeAt(0) > 0x2e80 ? 1 : 0.6;
  return Math.ceil(ems * 11) + 12;
}

function shorten(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}
