import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { isNodeLabel, type NodeLabel } from '../../schema/model';
import type { PrefetchStep } from '../../store/prefetch';
import { coveredWalk } from './coverage';

/** Most steps one plan holds; a larger selection is left to the loaders. */
export const MAX_PLAN_STEPS = 64;

export interface SelectionPlanInput {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Pages of nodes and search hits: their nodes sit under `edges { node }` or `node`. */
export function isWrapper(type: GraphQLNamedType): type is GraphQLObjectType {
  return (
    isObjectType(type) &&
    (type.name.endsWith('Connection') || type.name.endsWith('Edge') || type.name === 'SearchHit')
  );
}

class Planner {
  /** Steps planned so far: past MAX_PLAN_STEPS the plan is dropped whole. */
  steps = 0;
  constructor(private readonly input: SelectionPlanInput) {}

  /** The steps of a selection on values of `type` (a node type, an interface of them, or a page). */
  stepsOf(type: GraphQLNamedType, selections: readonly SelectionSetNode[]): PrefetchStep[] {
    if (isWrapper(type)) {
      const inner: PrefetchStep[] = [];
      for (const field of this.fieldsOf(type, selections)) {
        const fieldType = getNamedType(type.getFields()[field.name]?.type);
        if (fieldType && field.selections.length > 0)
          inner.push(...this.stepsOf(fieldType, field.selections));
      }
      return merge(inner);
    }
    const concrete = isAbstractType(type)
      ? this.input.schema.getPossibleTypes(type)
      : isObjectType(type)
        ? [type]
        : [];
    const steps: PrefetchStep[] = [];
    for (const object of concrete) {
      if (!isNodeLabel(object.name)) continue;
      steps.push(...this.stepsOfNodeType(object, object.name, selections));
    }
    return merge(steps);
  }

  private stepsOfNodeType(
    object: GraphQLObjectType,
    label: NodeLabel,
    selections: readonly SelectionSetNode[],
  ): PrefetchStep[] {
    const steps: PrefetchStep[] = [];
    for (const field of this.fieldsOf(object, selections)) {
      const definition = object.getFields()[field.name];
      if (!definition) continue;
      const args = getArgumentValues(definition, field.node, this.input.variables);
      const walk = coveredWalk(label, field.name, args);
      if (!walk) continue;
      this.steps += 1;
      if (this.steps > MAX_PLAN_STEPS) return steps;
      steps.push({
        onLabel: label,
        walk,
        nested: this.stepsOf(getNamedType(definition.type), field.selections),
      });
    }
    return steps;
  }

  /**
   * The fields a selection asks of one object type, through inline fragments and named
   * ones whose condition it meets; an alias is one more field of the same name.
   */
  private fieldsOf(object: GraphQLObjectType, selections: readonly SelectionSetNode[]) {
    const fields: { name: string; node: FieldNode; selections: SelectionSetNode[] }[] = [];
    const visit = (set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          fields.push({
            name: selection.name.value,
            node: selection,
            selections: selection.selectionSet ? [selection.selectionSet] : [],
          });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (this.applies(object, selection.typeCondition?.name.value)) visit(selection.selectionSet);
        } else {
          const fragment = this.input.fragments[selection.name.value];
          if (fragment && this.applies(object, fragment.typeCondition.name.value))
            visit(fragment.selectionSet);
        }
      }
    };
    selections.forEach(visit);
    return fields;
  }

  private applies(object: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === object.name) return true;
    const type = this.input.schema.getType(condition);
    return !!type && isAbstractType(type) && this.input.schema.isSubType(type, object);
  }
}

/**
 * Steps of one label walking the same edges become one: the deeper walk reaches what the
 * shallower one does, and the nested steps of both apply to what it reaches.
 */
function merge(steps: PrefetchStep[]): PrefetchStep[] {
  const byWalk = new Map<string, PrefetchStep>();
  for (const step of steps) {
    // An endsOnly walk's answer is not edge lists: it never merges with one that is.
    const key = `${step.onLabel}|${step.walk.type}|${step.walk.direction}|${step.walk.label ?? ''}|${step.walk.endsOnly === true}`;
    const seen = byWalk.get(key);
    if (!seen) {
      byWalk.set(key, { ...step, nested: [...step.nested] });
      continue;
    }
    seen.walk = { ...seen.walk, depth: Math.max(seen.walk.depth, step.walk.depth) };
    seen.nested = merge([...seen.nested, ...step.nested]);
  }
  return [...byWalk.values()];
}

/**
 * The prefetch steps of a field's selection: every covered field below it, through
 * fragments, aliases and pages, as nested as the selection. Empty when nothing below
 * needs more than the node itself, or when the selection is too large to plan.
 */
export function planSelection(
  input: SelectionPlanInput & { type: GraphQLNamedType; selections: readonly SelectionSetNode[] },
): PrefetchStep[] {
  const planner = new Planner(input);
  const steps = planner.stepsOf(input.type, input.selections);
  return planner.steps > MAX_PLAN_STEPS ? [] : steps;
}
