export { createServer, type CreateServerOptions, type TowngraphServer } from './create-server';
export {
  serverConfigFromEnv,
  completeServerConfig,
  DEFAULT_LIMITS,
  type ServerConfig,
  type ServerLimits,
} from './config';
export { QueryLimitError, type QueryLimitCode } from './query-limit-error';
