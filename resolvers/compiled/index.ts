export { compileReads } from './compile-reads';
export { planSelection, MAX_PLAN_STEPS } from './plan-selection';
