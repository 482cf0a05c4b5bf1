import type cytoscape from 'cytoscape';

/** How drawings look: nodes in their kind's colour, the focus outlined, edge types on demand. */
export const GRAPH_STYLE: cytoscape.StylesheetJson = [
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
      // On a crowded drawing zoomed far out, unreadable labels are dropped rather than smeared.
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node.focus',
    style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' },
  },
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 22,
      'background-color': '#ffffff',
      'background-opacity': 0.95,
      'border-width': 2,
      'border-color': 'data(colour)',
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      'font-size': 11,
      'font-weight': 'bold',
      color: '#111827',
      'min-zoomed-font-size': 4,
    },
  },
  {
    selector: 'edge.grouping',
    style: { 'line-color': '#cbd5e1', 'target-arrow-shape': 'none', width: 1, 'line-style': 'dashed' },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#cbd5e1',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  { selector: 'node.hover', style: { label: 'data(name)', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node.lit', style: { label: 'data(name)', 'z-index': 9 } },
  {
    selector: 'edge.lit',
    style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', width: 2.5, 'z-index': 8 },
  },
  {
    selector: 'edge.labelled, edge.hover',
    style: { label: 'data(type)', 'font-size': 8, color: '#64748b', 'text-rotation': 'autorotate' },
  },
];
