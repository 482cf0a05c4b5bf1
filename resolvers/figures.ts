import type { StoredNode } from '../store/graph-store';
import type { RequestContext } from './context';
import { entityFields } from './entity';
import { related } from './graph-walk';
import { booleanProperty, integerProperty, numberProperty, stringProperty } from './properties';
import type { ResolverMap, UnreadArgs } from './types';

type Ctx = RequestContext;

const figureFields = {
  ...entityFields,
  metric: (figure: StoredNode) => stringProperty(figure, 'metric'),
  value: (figure: StoredNode) => numberProperty(figure, 'value'),
  unit: (figure: StoredNode) => stringProperty(figure, 'unit'),
  year: (figure: StoredNode) => integerProperty(figure, 'year'),
  change: (figure: StoredNode) => isChange(figure),
  text: (figure: StoredNode) => stringProperty(figure, 'text'),
};

/** The loaders store the kind of a figure as LEVEL or CHANGE; older records hold a boolean. */
function isChange(figure: StoredNode): boolean | null {
  const stored = figure.properties.change;
  if (typeof stored === 'boolean') return stored;
  if (stored === 'CHANGE') return true;
  if (stored === 'LEVEL') return false;
  return null;
}

export const figureResolvers: ResolverMap = {
  Target: {
    ...figureFields,
    valueMax: (target: StoredNode) => numberProperty(target, 'valueMax'),
    qualifier: (target: StoredNode) => stringProperty(target, 'qualifier'),
    hard: (target: StoredNode) => booleanProperty(target, 'hard'),
    subject: async (target: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      (await related(ctx.loaders, target.id, { direction: 'IN', type: 'TARGETS' }))[0] ?? null,
  },
  Indicator: {
    ...figureFields,
    subject: async (indicator: StoredNode, _args: UnreadArgs, ctx: Ctx) =>
      (await related(ctx.loaders, indicator.id, { direction: 'IN', type: 'REPORTS' }))[0] ?? null,
  },
};
