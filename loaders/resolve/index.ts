export { buildRecords as resolveRecords } from './build-records';
export { displayName, identityName } from './canonical-name';
