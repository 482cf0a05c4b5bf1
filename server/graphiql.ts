import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL with its scripts and styles inlined (@graphql-yoga/render-graphiql), so the page
 * works where the browser cannot reach a CDN. The bundle is large, so it is loaded on the
 * first browser visit rather than at start-up, and each page is rendered once.
 */
export function createGraphiQLRenderer(): (options: GraphiQLOptions) => Promise<string> {
  const pages = new Map<string, Promise<string>>();
  return (options) => {
    const key = JSON.stringify(options);
    let page = pages.get(key);
    if (!page) {
      page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
      pages.set(key, page);
    }
    return page;
  };
}
